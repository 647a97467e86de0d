import { expect, test, type Page } from '@playwright/test';
import { createBoard, quickAdd } from './support';

/** Futures a team might write, long and short, so titles wrap as they do on real boards. */
const FUTURES = [
  'Shared deal registration',
  'Partner portal listing',
  'Co-branded case study with a joint customer in retail',
  'Certify ten of their consultants',
  'Bundle our analytics into their enterprise plan',
  'Quarterly business review',
  'Single sign-on between the two products',
  'Joint booth at the spring trade show',
  'Marketplace app',
  'Reseller agreement for the Nordics and the Baltics',
];

/** `count` milestones spread over the four horizons as a workshop would leave them. */
async function addMilestones(page: Page, count: number) {
  const horizons = ['Now', 'Next', 'Later', 'Long term'];
  for (const [index, name] of horizons.entries()) {
    const share = Math.floor(count / 4) + (index < count % 4 ? 1 : 0);
    const titles = Array.from(
      { length: share },
      (_, i) => `${FUTURES[(index * 7 + i) % FUTURES.length]} ${index + 1}.${i + 1}`,
    );
    await quickAdd(page, name, titles);
  }
}

/** Pages in a PDF: its page objects, not the tree that holds them. */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;

/** The page header's rule as the print view adds it (a sheet of its own, not inline markup). */
const pageStyle = (page: Page) =>
  page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
      .join('\n'),
  );

async function printPdf(page: Page, name: string): Promise<Buffer> {
  return page.pdf({
    path: test.info().outputPath(name),
    preferCSSPageSize: true,
    printBackground: true,
  });
}

/** Text cut short in the print: an element whose words are wider or taller than its box. */
const cutShort = (page: Page) =>
  page
    .locator('.print-only')
    .locator('.card__title, .card__owner, .card__type-label, .card__confidence, .card__tag')
    .evaluateAll((elements) =>
      elements
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => e.textContent),
    );

test('the starter board and 30 more milestones print on one page, with notes on a second', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await addMilestones(page, 30);

  // Ctrl+P: our team's view, fitted on one page (38 milestones).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const view = page.locator('.print-only');
  await expect(view).toHaveClass(/print-only--fit/);
  await expect(view.locator('.poster .card')).toHaveCount(38);
  const sheet = view.locator('.print-sheet');
  const scale = Number(await sheet.getAttribute('data-scale'));
  test.info().annotations.push({ type: 'scale', description: String(scale) });
  expect(scale).toBeGreaterThan(0.5);
  expect(scale).toBeLessThanOrEqual(1);
  // Within what A4 and Letter both leave inside 10 mm margins: 259 × 190 mm.
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual((259 / 25.4) * 96);
  expect(box.height).toBeLessThanOrEqual((190 / 25.4) * 96);
  const header = await pageStyle(page);
  expect(header).toMatch(/@top-left \{ content: "Acme Analytics · [^"]+"; \}/);
  expect(header).toContain('@top-right { content: "Internal — our team only"; }');
  await expect(view.getByText('We acquire the partner')).toBeAttached();
  // The starter's notes go on a page of their own after the board.
  const appendix = view.locator('.appendix');
  await expect(appendix.getByRole('heading', { name: 'Notes' })).toBeAttached();
  expect(await appendix.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
  expect(await cutShort(page)).toEqual([]);

  expect(pageCount(await printPdf(page, 'internal.pdf'))).toBe(2);
  // Without the notes' page, the board alone: one page.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await appendix.evaluate((e) => (e as HTMLElement).style.setProperty('display', 'none'));
  expect(pageCount(await printPdf(page, 'internal-board-only.pdf'))).toBe(1);
  await expect(view).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });

  // From the Share dialog, for the partner: no internal card, and the header says whose view.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await expect(dialog.getByRole('checkbox', { name: 'Fit the board on one page' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(page.locator('body[data-printed]')).toBeAttached();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(view.locator('.poster .card')).toHaveCount(36);
  await expect(view.getByText('We acquire the partner')).toHaveCount(0);
  await expect(view.getByText(/internal/i)).toHaveCount(0);
  expect(await pageStyle(page)).toContain('@top-right { content: "Partner view"; }');
  expect(pageCount(await printPdf(page, 'partner.pdf'))).toBe(2);
});

test('a board of 60 milestones prints at its own size, a band per horizon', async ({ page }) => {
  await createBoard(page, 'Globex');
  await addMilestones(page, 52);
  // The width of the paper inside its margins, so words wrap and cut as they will there.
  await page.setViewportSize({ width: 978, height: 720 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const view = page.locator('.print-only');
  await expect(view).toHaveClass(/print-only--pages/);
  await expect(view.locator('.poster .card')).toHaveCount(60);
  const bands = view.locator('.poster__horizon');
  expect(await bands.evaluateAll((all) => all.map((b) => getComputedStyle(b).breakInside))).toEqual(
    ['avoid', 'avoid', 'avoid', 'avoid'],
  );
  expect(await cutShort(page)).toEqual([]);
  expect(pageCount(await printPdf(page, 'sixty.pdf'))).toBeGreaterThan(2);
});

test('Ctrl+P before the print code has come prints the board, not the screen', async ({ page }) => {
  // The print pages' code is held back until after the keypress, however slow the machine.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/printed-board-*.js', async (route) => {
    await held;
    await route.continue().catch(() => {}); // a page reloaded meanwhile no longer wants it
  });
  await createBoard(page, 'Acme Analytics');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Now' })).toBeVisible();
  // Headless Chromium ends a print at once; here a print lays the page out and stays.
  await page.evaluate(() => {
    window.print = () => void window.dispatchEvent(new Event('beforeprint'));
  });
  await page.keyboard.press('Control+p');
  release();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.print-only');
  await expect(printed.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  // Ours: the internal acquisition rungs included.
  await expect(printed.locator('.card')).toHaveCount(8);
  await expect(printed.getByText('We acquire the partner')).toBeVisible();
});
