import { expect, test, type Page } from '@playwright/test';
import { card, createBoard, expectNoSeriousViolations, horizon, quickAdd } from './support';

/**
 * The board on the screens where workshops happen: a projector at 1280×720 with a vote
 * running and a filter on, a big screen, a tablet, a phone, and 200 % browser zoom.
 */

const EXTRA = [
  'Shared customer advisory board',
  'Quarterly business review together',
  'Partner portal with deal registration',
  'Certified consultants on both sides',
  'Bundle priced for mid-market',
  'Joint case study with a shared customer',
];

/** The starter board plus six milestones per horizon: a board mid-workshop. */
async function busyBoard(page: Page) {
  await createBoard(page, 'Acme Analytics');
  for (const name of await horizonNames(page)) await quickAdd(page, name, EXTRA);
}

/** The four horizons' names as the board shows them (the fourth was "Vision" before). */
async function horizonNames(page: Page): Promise<string[]> {
  const headings = page.locator('.horizon h2[id^="horizon-title-"]');
  return headings.allTextContents();
}

async function startVote(page: Page) {
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  const vote = page.getByRole('dialog', { name: 'Dot voting' });
  for (const name of ['Ana', 'Ben', 'Chris']) {
    await vote.getByRole('textbox', { name: 'Participant name' }).fill(name);
    await vote.getByRole('textbox', { name: 'Participant name' }).press('Enter');
  }
  await vote.getByRole('button', { name: 'Start voting' }).click();
  await expect(page.getByRole('region', { name: 'Voting' })).toBeVisible();
}

/** Per horizon: how many cards are wholly in view, inside the column's list and the screen. */
async function cardsInView(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const column of Array.from(document.querySelectorAll<HTMLElement>('[data-horizon-id]'))) {
      const name = column.querySelector('h2')?.textContent ?? '?';
      const listElement = column.querySelector('.horizon__cards')!;
      // A list that scrolls shows what is inside it; one that does not (fit), the screen's.
      const scrolls = getComputedStyle(listElement).overflowY !== 'visible';
      const list = scrolls
        ? listElement.getBoundingClientRect()
        : { top: 0, bottom: window.innerHeight };
      const top = Math.max(list.top, 0);
      const bottom = Math.min(list.bottom, window.innerHeight);
      counts[name] = [
        ...Array.from(column.querySelectorAll('[aria-roledescription="milestone"]')),
      ].filter((c) => {
        const box = c.getBoundingClientRect();
        return box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1;
      }).length;
    }
    return counts;
  });
}

/** Whether the page itself pans sideways (the board's own row may scroll; the page never). */
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

const ROOMS = [
  { name: 'a 1280×720 projector', width: 1280, height: 720, atLeast: 4 },
  { name: 'a 1366×768 laptop', width: 1366, height: 768, atLeast: 4 },
  { name: 'a 1920×1080 screen', width: 1920, height: 1080, atLeast: 8 },
];

for (const room of ROOMS) {
  test(`on ${room.name}, with a vote and a filter on, every horizon shows at least ${room.atLeast} milestones`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: room.width, height: room.height });
    await busyBoard(page);
    await startVote(page);
    await page.getByRole('searchbox', { name: 'Search milestones' }).fill('a');
    await expect(page.getByText(/^\d+ of \d+ match$/)).toBeVisible();

    // Read once the board has settled: the filter brings its first match into sight with a
    // smooth scroll, and a loaded machine may still be mid-way.
    await expect
      .poll(
        async () => {
          const counts = await cardsInView(page);
          return Object.keys(counts).length === 4 ? Math.min(...Object.values(counts)) : 0;
        },
        { message: `milestones in view in every horizon`, timeout: 15_000 },
      )
      .toBeGreaterThanOrEqual(room.atLeast);
    expect(await pageScrollsSideways(page)).toBe(false);
    await expectNoSeriousViolations(page);
  });
}

test('compact density shows more, and the choice is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await busyBoard(page);
  const before = (await cardsInView(page))['Now']!;
  await page.getByRole('combobox', { name: 'Density' }).selectOption('Compact');
  await expect.poll(async () => (await cardsInView(page))['Now']!).toBeGreaterThan(before);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Density' })).toHaveValue('compact');
});

test('fit the whole board shows every milestone at once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await busyBoard(page);
  await page.getByRole('combobox', { name: 'Density' }).selectOption('Whole board');
  await expect.poll(async () => Object.values(await cardsInView(page))).toEqual([8, 8, 8, 8]);
});

const SMALL = [
  { name: 'a tablet upright', width: 768, height: 1024, scale: 1 },
  { name: 'a tablet on its side', width: 1024, height: 768, scale: 1 },
  { name: 'a phone', width: 390, height: 844, scale: 1 },
  { name: '1280×720 at 200 % zoom', width: 640, height: 360, scale: 2 },
];

for (const room of SMALL) {
  test.describe(`on ${room.name}`, () => {
    test.use({
      viewport: { width: room.width, height: room.height },
      deviceScaleFactor: room.scale,
    });

    test('the page never pans sideways and every milestone is reachable', async ({ page }) => {
      await createBoard(page, 'Acme Analytics');
      expect(await pageScrollsSideways(page)).toBe(false);
      // Each column stays readable: never squeezed under a card's width.
      for (const box of await page
        .locator('[data-horizon-id]')
        .evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().width)))
        expect(box).toBeGreaterThanOrEqual(240);

      // By keyboard: Tab reaches the last horizon's last milestone and brings it into view.
      const names = await horizonNames(page);
      const last = horizon(page, names.at(-1)!);
      const target = last.locator('[aria-roledescription="milestone"]').last();
      const label = (await target.getAttribute('aria-label'))!;
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          (l) => document.activeElement?.getAttribute('aria-label') === l,
          label,
        );
      }
      expect(reached).toBe(true);
      await expect(target).toBeInViewport();
      expect(await pageScrollsSideways(page)).toBe(false);
      await expectNoSeriousViolations(page);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one horizon at a time, with tabs to move between them', async ({ page }) => {
    await createBoard(page, 'Acme Analytics');
    const tabs = page.getByRole('navigation', { name: 'Horizons' });
    await expect(tabs.getByRole('button', { name: 'Now' })).toHaveAttribute('aria-current', 'true');
    await expect(card(horizon(page, 'Now'), 'Swap first qualified referrals')).toBeInViewport();

    await tabs.getByRole('button', { name: 'Later' }).click();
    await expect(card(horizon(page, 'Later'), 'Co-built product')).toBeInViewport();
    await expect(card(horizon(page, 'Now'), 'Swap first qualified referrals')).not.toBeInViewport();
    await expect(tabs.getByRole('button', { name: 'Later' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    // The arrow keys move along the tabs too.
    await tabs.getByRole('button', { name: 'Later' }).press('ArrowLeft');
    await expect(tabs.getByRole('button', { name: 'Next' })).toBeFocused();
    await expect(card(horizon(page, 'Next'), 'Native integration')).toBeInViewport();
    expect(await pageScrollsSideways(page)).toBe(false);
  });
});

test('a share link opened on a phone reads as one column, and the page never pans sideways', async ({
  page,
  browser,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = page.getByRole('textbox', { name: 'Share link' });
  await expect(link).toHaveValue(/\/shared#/);
  const url = await link.inputValue();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await phone.newPage();
  await other.goto(url);
  await expect(other.getByText('A shared board, read-only.')).toBeVisible();
  const widths = await other
    .locator('.poster .card')
    .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().width));
  // Made for the partner: the two internal acquisition rungs are left out.
  expect(widths).toHaveLength(6);
  for (const width of widths) expect(width).toBeGreaterThanOrEqual(300);
  expect(await pageScrollsSideways(other)).toBe(false);
  await expectNoSeriousViolations(other);
  await phone.close();
});

test.describe('in a dark room', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 720 } });

  test('the colours follow the system, every screen keeps its contrast, and a switch overrides it', async ({
    page,
  }) => {
    await createBoard(page, 'Acme Analytics');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await background();
    expect(dark).not.toBe('rgb(244, 245, 247)');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Vote', exact: true }).click();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Boards' })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Colours: as the system' }).click();
    await expect.poll(background).toBe('rgb(244, 245, 247)');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Colours: light' })).toBeVisible();
    await expect.poll(background).toBe('rgb(244, 245, 247)');
  });
});
