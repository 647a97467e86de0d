import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { createBoard, quickAdd, readRecord, waitForSaved } from './support';

interface Saved {
  name: string;
  bytes: Buffer;
  /** The .zip it came in, or ''. */
  zip: string;
}

interface ImageOptions {
  audience?: 'Partner view' | 'Internal';
  shape?: 'Slide (16:9)' | 'Whole board';
  format?: 'PNG' | 'SVG';
  transparent?: boolean;
}

/** Saves the board as images through Share, as a person would: every file it downloads. */
async function saveImages(page: Page, options: ImageOptions = {}): Promise<Saved[]> {
  const { audience = 'Partner view', shape, format, transparent } = options;
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.getByRole('radio', { name: new RegExp(`^${audience}`) }).check();
  const row = dialog.getByRole('region', { name: 'Image' });
  if (shape) await row.getByRole('radio', { name: shape }).check();
  if (format) await row.getByRole('radio', { name: format }).check();
  if (transparent) await row.getByRole('checkbox', { name: 'Transparent background' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: 'Save image' }).click(),
  ]);
  // The confirmation names what was saved, over the dialog where the person is looking.
  await expect(dialog.getByRole('status').last()).toContainText(/Image saved|images saved/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const name = download.suggestedFilename();
  const bytes = await readFile((await download.path())!);
  // Several pictures come in one .zip, each named as it would be on its own.
  const saved = name.endsWith('.zip')
    ? Object.entries(unzipSync(new Uint8Array(bytes))).map(([file, data]) => ({
        name: file,
        bytes: Buffer.from(data),
        zip: name,
      }))
    : [{ name, bytes, zip: '' }];
  // Kept to look at: what a person would see on the slide.
  const kind = shape === 'Whole board' ? 'board' : 'slide';
  for (const file of saved)
    await writeFile(test.info().outputPath(`${kind}-${file.name}`), file.bytes);
  return saved;
}

/** A PNG's size, from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The alpha of a PNG's top-left pixel, as the browser decodes it. */
async function cornerAlpha(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(4, 4);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, 1, 1).data[3]!;
  }, bytes.toString('base64'));
}

test.beforeEach(async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
});

test('the partner’s SVG leaves out what is internal; ours shows and marks it', async ({ page }) => {
  const stored = (await readRecord(page, `board:${page.url().split('/').pop()}`)) as {
    board: { milestones: Record<string, { id: string; title: string; internal?: boolean }> };
  };
  const internal = Object.values(stored.board.milestones).filter((m) => m.internal);
  expect(internal.length).toBeGreaterThan(0);

  const [forPartner, ...more] = await saveImages(page, { format: 'SVG' });
  expect(more).toEqual([]);
  expect(forPartner!.name).toBe('acme-analytics.svg');
  const svg = forPartner!.bytes.toString('utf8');
  expect(svg).toMatch(
    /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1600" height="900"/,
  );
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).toMatch(/>Swap first( qualified)?<\/text>/);
  expect(svg).toContain('>Acme Analytics</text>');
  for (const m of internal) {
    expect(svg).not.toContain(m.title);
    expect(svg).not.toContain(m.id);
  }
  expect(svg).not.toMatch(/internal/i);

  const [forUs] = await saveImages(page, { audience: 'Internal', format: 'SVG' });
  expect(forUs!.name).toBe('acme-analytics-internal.svg');
  const ours = forUs!.bytes.toString('utf8');
  expect(ours).toContain('>Internal: for our team only</text>');
  expect(ours).toContain('>Internal</text>');
  expect(ours).toContain('We acquire the partner');
  // Well-formed: the browser reads it as an SVG document.
  const errors = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror')
        .length,
    ours,
  );
  expect(errors).toBe(0);
});

test('the PNG is a 16:9 slide at twice its size, on white or on nothing', async ({ page }) => {
  const [slide] = await saveImages(page);
  expect(slide!.name).toBe('acme-analytics.png');
  expect(pngSize(slide!.bytes)).toEqual({ width: 3200, height: 1800 });
  expect(await cornerAlpha(page, slide!.bytes)).toBe(255);

  const [clear] = await saveImages(page, { audience: 'Internal', transparent: true });
  expect(clear!.name).toBe('acme-analytics-internal.png');
  expect(pngSize(clear!.bytes)).toEqual({ width: 3200, height: 1800 });
  expect(await cornerAlpha(page, clear!.bytes)).toBe(0);

  const [whole] = await saveImages(page, { audience: 'Internal', shape: 'Whole board' });
  expect(whole!.name).toBe('acme-analytics-internal.png');
  const size = pngSize(whole!.bytes);
  expect(size.width).toBeGreaterThanOrEqual(3200);
  expect(size.width % 2).toBe(0);
});

test('a long board gives one slide per set of horizons, and the whole board in one', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await quickAdd(
    page,
    'Next',
    Array.from({ length: 30 }, (_, i) => `Next idea ${i + 1}`),
  );
  await waitForSaved(page);
  const slides = await saveImages(page);
  expect(slides.length).toBeGreaterThan(1);
  expect(slides[0]!.zip).toBe('acme-analytics-images.zip');
  expect(slides.map((s) => s.name)).toEqual(
    slides.map((_, i) => `acme-analytics-${i + 1}-of-${slides.length}.png`),
  );
  for (const slide of slides) expect(pngSize(slide.bytes)).toEqual({ width: 3200, height: 1800 });

  const svgs = await saveImages(page, { format: 'SVG' });
  const text = svgs.map((s) => s.bytes.toString('utf8')).join('\n');
  for (let i = 1; i <= 30; i++) expect(text.split(`>Next idea ${i}</text>`)).toHaveLength(2);
  expect(text).toMatch(/>Next \(1 of \d\)</);

  const [whole, ...more] = await saveImages(page, { shape: 'Whole board' });
  expect(more).toEqual([]);
  expect(whole!.name).toBe('acme-analytics.png');
  expect(pngSize(whole!.bytes).height).toBeGreaterThan(2 * 30 * 100);
});

test('the image options work from the keyboard', async ({ page }) => {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  const row = dialog.getByRole('region', { name: 'Image' });
  await expect(row.getByRole('group', { name: 'Shape' })).toBeVisible();
  await row.getByRole('radio', { name: 'Slide (16:9)' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(row.getByRole('radio', { name: 'Whole board' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(row.getByRole('radio', { name: 'PNG' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(row.getByRole('radio', { name: 'SVG' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(row.getByRole('checkbox', { name: 'Transparent background' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: 'Save image' })).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toBe('acme-analytics.svg');
  const svg = await readFile((await download.path())!, 'utf8');
  expect(svg).not.toContain('height="100%"');
  await expect(dialog.getByRole('status')).toContainText('Image saved: acme-analytics.svg.');

  for (const [width, height] of [
    [390, 844],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`share-image-row-${width}.png`) });
    const box = (await row.boundingBox())!;
    const button = (await row.getByRole('button', { name: 'Save image' }).boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
});
