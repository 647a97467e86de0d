import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createBoard, horizon } from './support';

test.beforeEach(async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
  // A long horizon and an extra one, so the board is wider and taller than the screen.
  const quickAdd = page.getByRole('textbox', { name: 'Add a milestone to Later' });
  for (let i = 1; i <= 8; i++) {
    await quickAdd.fill(`Later idea ${i}`);
    await quickAdd.press('Enter');
  }
  for (const name of ['Beyond', 'Someday']) {
    await page.getByRole('button', { name: 'Horizon', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a horizon' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Add horizon' }).click();
  }
});

test('the image holds every horizon and card at twice the resolution', async ({ page }) => {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('radio', { name: 'Whole board' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save image' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('acme-analytics.png');
  const png = await readFile((await download.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Six horizons of 300 px and the padding, at 2x: wider than the 1280 px window.
  expect(width).toBeGreaterThan(2 * 6 * 300);
  expect(height).toBeGreaterThan(2 * 800);
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Image saved: acme-analytics.png.',
  );
});

test('the brief is copied formatted and as Markdown, and downloaded as Markdown', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.getByRole('button', { name: 'Copy brief' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Brief copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^# Partner brief: Acme Analytics\n/);
  expect(copied).toContain(
    '- **Swap first qualified referrals** — example · Leads & referrals · owner Partner manager · 80 % confident · Committed',
  );
  expect(copied).toContain('### Someday');
  // Beside the Markdown, HTML: what a mail or document editor pastes, formatted.
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/html')).text();
  });
  expect(html).toContain('<h1>Partner brief: Acme Analytics</h1>');
  expect(html).toMatch(/<li><strong>Swap first qualified referrals<\/strong> — example · /);
  expect(html).toContain('<h3>Someday</h3>');
  expect(html).not.toContain('**');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download brief' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('acme-analytics-brief.md');
  expect(await readFile((await download.path())!, 'utf8')).toBe(copied);
});

test('printing shows the whole board with the vision on top and nothing else', async ({ page }) => {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const poster = page.locator('.print-only');
  await expect(poster.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(poster.getByText('Vision', { exact: true })).toBeVisible();
  await expect(poster.locator('.card')).toHaveCount(16);
  // A heading per horizon on the board's page (the notes' page after it has its own).
  await expect(poster.locator('.poster').getByRole('heading', { level: 2 })).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(poster).toHaveCount(0);
});

test('a share link opens the board read-only elsewhere and saves a copy only when asked', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Link copied.');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/shared#ph1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const requests: string[] = [];
  other.on('request', (request) => requests.push(request.url()));
  await other.goto(url);
  await expect(other.getByText('A shared board, read-only.')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  // Made for the partner unless asked otherwise: the two internal acquisition rungs stay home.
  await expect(other.locator('.poster .card')).toHaveCount(14);
  await expect(other.getByText('We acquire the partner')).toHaveCount(0);
  await expect(other.getByText(/internal/i)).toHaveCount(0);
  // The board travels in the fragment: no request carries it.
  expect(requests.every((r) => !r.includes('ph1.'))).toBe(true);

  await other.getByRole('button', { name: 'Save a copy to my boards' }).click();
  await expect(other).toHaveURL(/\/boards\//);
  await expect(horizon(other, 'Later').getByLabel('10 milestones')).toBeVisible();
  await other.goto('/');
  await expect(other.getByRole('list', { name: 'Boards' }).getByRole('link')).toHaveText([
    'Acme Analytics',
  ]);
  await elsewhere.close();

  // Opened where the board already lives, saving adds a copy beside it.
  await page.goto(url);
  await page.getByRole('button', { name: 'Save a copy to my boards' }).click();
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Boards' }).getByRole('link')).toHaveCount(2);
});

test('a link cut short or altered says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(url.slice(0, -25));
  await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This link is incomplete');
  await page.goto(`${url.slice(0, -3)}abc`);
  await expect(page.getByRole('alert')).toContainText('This link is damaged');
});
