import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createBoard, quickAdd } from './support';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presenting at ${viewport.width}×${viewport.height}: vision, horizon by horizon, the whole board, Escape leaves`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await createBoard(page, 'Acme Analytics');
    await page.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
    await expect(show.getByRole('heading', { level: 1 })).toContainText(
      'Together we become the obvious choice',
    );
    await expect(show.getByText('Vision · 1 of 6')).toBeVisible();
    // The vision is the largest text on its slide, the bar and the timebox included.
    const sizes = await show.evaluate((dialog) =>
      Array.from(dialog.querySelectorAll<HTMLElement>('h1, p, span')).map((element) => ({
        vision: element.tagName === 'H1',
        size:
          Number.parseFloat(getComputedStyle(element).fontSize) *
          (element.getBoundingClientRect().height / (element.offsetHeight || 1)),
      })),
    );
    const vision = sizes.find((s) => s.vision)!.size;
    expect(Math.max(...sizes.filter((s) => !s.vision).map((s) => s.size))).toBeLessThan(vision);

    await page.keyboard.press('ArrowRight');
    await expect(show.getByRole('heading', { level: 1 })).toHaveText('Now 0–6 months');
    await expect(show.getByText('Swap first qualified referrals')).toBeVisible();
    await show.getByRole('button', { name: 'Next' }).click();
    await expect(show.getByText('Next · 3 of 6')).toBeVisible();
    await page.keyboard.press('End');
    await expect(show.getByText('The whole board · 6 of 6')).toBeVisible();
    await expect(show.locator('.poster .card')).toHaveCount(8);
    await page.screenshot({ path: test.info().outputPath('present.png') });

    const { violations } = await new AxeBuilder({ page }).include('.present').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // Board shortcuts stay quiet while presenting.
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search milestones' })).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(show).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Now' })).toBeVisible();
  });
}

/** Adds `count` cards by quick-add, spread over the four horizons in turn: Idea 1, Idea 2… */
async function addIdeas(page: Page, count: number) {
  const horizons = ['Now', 'Next', 'Later', 'Long term'];
  for (const [h, name] of horizons.entries()) {
    const titles: string[] = [];
    for (let i = h; i < count; i += 4) titles.push(`Idea ${i + 1} for the shared roadmap`);
    await quickAdd(page, name, titles);
  }
}

/** How tall a card title is drawn on screen, in CSS pixels, with the slide's scale. */
const drawnSize = (title: Locator) =>
  title.evaluate((element) => {
    const scale = element.getBoundingClientRect().height / (element as HTMLElement).offsetHeight;
    return Number.parseFloat(getComputedStyle(element).fontSize) * scale;
  });

test('forty cards fit the whole-board slide of a 1920×1080 screen, large enough to read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await createBoard(page, 'Acme Analytics');
  await addIdeas(page, 32);
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
  // Its code loads on first use: End before it shows would go to the board.
  await expect(show).toBeVisible();
  await page.keyboard.press('End');
  const slide = show.getByRole('region', { name: 'The whole board' });
  await expect(slide.locator('.card')).toHaveCount(40);
  expect(await slide.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  for (const title of ['Idea 29 for the shared roadmap', 'Idea 32 for the shared roadmap']) {
    await expect(slide.getByText(title)).toBeInViewport({ ratio: 0.99 });
  }
  expect(await drawnSize(slide.getByText('Idea 1 for the shared roadmap'))).toBeGreaterThanOrEqual(
    14,
  );
  await page.screenshot({ path: test.info().outputPath('whole-board-1920.png') });
});

test('on a 1280×720 projector a clicker’s Page Down scrolls a long slide before it moves on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createBoard(page, 'Acme Analytics');
  // Twice the forty cards that fit a big screen: too many for this one, so it scrolls.
  await addIdeas(page, 64);
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
  // Its code loads on first use: End before it shows would go to the board.
  await expect(show).toBeVisible();
  await page.keyboard.press('End');
  const slide = show.getByRole('region', { name: 'The whole board' });
  const scrolled = () => slide.evaluate((el) => el.scrollTop);
  const last = slide.getByText('Idea 61 for the shared roadmap');
  await expect(last).not.toBeInViewport();

  await page.keyboard.press('PageDown');
  await expect.poll(scrolled).toBeGreaterThan(0);
  await expect(show.getByText('The whole board · 6 of 6')).toBeVisible();
  const atEnd = () => slide.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
  for (let i = 0; i < 6 && !(await atEnd()); i++) await page.keyboard.press('PageDown');
  await expect(last).toBeInViewport();

  // Back up to the top of the slide, and only then to the slide before.
  for (let i = 0; i < 6 && (await scrolled()) > 0; i++) await page.keyboard.press('PageUp');
  await expect.poll(scrolled).toBe(0);
  await expect(show.getByText('The whole board · 6 of 6')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(show.getByText('Long term · 5 of 6')).toBeVisible();
});

test('the board behind the presentation is out of reach, and Escape gives focus back to Present', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  const present = page.getByRole('button', { name: 'Present' });
  await present.click();
  const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
  await expect(show).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    // Focus stays in the presentation (or, past its last button, leaves for the browser).
    const where = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return 'browser';
      return focused.closest('dialog') ? 'presentation' : (focused.textContent ?? focused.tagName);
    });
    expect(['presentation', 'browser']).toContain(where);
  }
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(present).toBeFocused();
});
