import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createBoard, readRecord, waitForSaved } from './support';

/** LibreOffice, from Debian's libreoffice-impress: CI installs it (.ci/run). */
const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);

/** Downloads the slides through Share, for one audience: the file's name, bytes and text. */
async function downloadSlides(page: Page, audience: 'Partner view' | 'Internal') {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.getByRole('radio', { name: new RegExp(`^${audience}`) }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download slides' }).click(),
  ]);
  // The confirmation shows over the dialog, where the person is looking.
  await expect(dialog.getByRole('status')).toContainText('Slides downloaded');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const bytes = await readFile((await download.path())!);
  const files = unzipSync(new Uint8Array(bytes));
  const slides = Object.keys(files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
  return {
    name: download.suggestedFilename(),
    bytes,
    slides: slides.length,
    text: Object.values(files)
      .map((file) => strFromU8(file))
      .join('\n'),
  };
}

test('slides for the partner leave out what is internal; ours mark it; LibreOffice opens both', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  const stored = (await readRecord(page, `board:${page.url().split('/').pop()}`)) as {
    board: { milestones: Record<string, { id: string; title: string; internal?: boolean }> };
  };
  const internal = Object.values(stored.board.milestones).filter((m) => m.internal);
  expect(internal.map((m) => m.title)).toEqual(
    expect.arrayContaining(['We acquire the partner', 'The partner acquires us']),
  );

  const forPartner = await downloadSlides(page, 'Partner view');
  expect(forPartner.name).toBe('acme-analytics-slides.pptx');
  expect(forPartner.text).toContain('<a:t>Swap first qualified referrals</a:t>');
  for (const m of internal) {
    expect(forPartner.text).not.toContain(m.title);
    expect(forPartner.text).not.toContain(m.id);
  }
  expect(forPartner.text).not.toMatch(/internal/i);

  const forUs = await downloadSlides(page, 'Internal');
  expect(forUs.name).toBe('acme-analytics-internal-slides.pptx');
  expect(forUs.text).toContain('We acquire the partner');
  expect(forUs.text).toContain('Internal · our team only');

  test.skip(
    !SOFFICE && !process.env.CI,
    'LibreOffice is not installed here: apt-get install libreoffice-impress',
  );
  // Converting is what LibreOffice does on opening: a file it has to repair fails here.
  const dir = await mkdtemp(join(tmpdir(), 'ph-slides-'));
  for (const [name, deck] of [
    ['partner', forPartner],
    ['internal', forUs],
  ] as const) {
    const pptx = join(dir, `${name}.pptx`);
    await writeFile(pptx, deck.bytes);
    await promisify(execFile)(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        pptx,
      ],
      { timeout: 120_000 },
    );
    const pdf = await readFile(join(dir, `${name}.pdf`));
    await writeFile(test.info().outputPath(`${name}-slides.pdf`), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(deck.slides);
  }
});
