import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  card,
  createBoard,
  expectNoSeriousViolations,
  exportBoard,
  horizon,
  importAndOpen,
} from './support';

/** The ladder of the starter board, from leads to acquisition. */
const LEADS = 'Swap first qualified referrals';
const INTEGRATION = 'Native integration in both products';
const PRODUCT = 'Co-built product for a shared segment';
const INVESTMENT = 'Minority investment in the partner';
const ACQUISITION = 'We acquire the partner';

/** Drags from a card's link handle onto another card, as a person does with a mouse. */
async function linkByMouse(page: Page, from: string, to: string) {
  await card(page, from).hover();
  const handle = page.getByRole('button', { name: `Link “${from}” to another milestone` });
  const start = (await handle.boundingBox())!;
  const end = (await card(page, to).boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(
      start.x + ((end.x + end.width / 2 - start.x) * i) / 8,
      start.y + ((end.y + end.height / 2 - start.y) * i) / 8,
    );
  await page.mouse.up();
  await expect(page.getByText(`Linked: “${from}” leads to “${to}”.`)).toBeVisible();
}

/** L on a focused card, the other milestone found by typing, Enter: no mouse at all. */
async function linkByKeys(page: Page, from: string, to: string) {
  await card(page, from).focus();
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: `Link “${from}”` });
  // Typed once the picker has opened with its search ready, as a person sees it first.
  await expect(picker.getByRole('searchbox', { name: 'Find the milestone' })).toBeFocused();
  await page.keyboard.type(to);
  await expect(picker.getByRole('listitem').first()).toContainText(to);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(card(page, from)).toHaveAccessibleName(new RegExp(`leads to ${to}, in `));
}

const arrows = (scope: Page | Locator) => scope.locator('svg.paths g.path');

test('a chain from leads to acquisition, linked by mouse and keys, drawn, warned, undone, presented and carried in the file', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createBoard(page, 'Acme Analytics');
  await linkByMouse(page, LEADS, INTEGRATION);
  await linkByMouse(page, INTEGRATION, PRODUCT);
  await linkByKeys(page, PRODUCT, INVESTMENT);
  await linkByKeys(page, INVESTMENT, ACQUISITION);

  // Four arrows across the horizons; each card says its links.
  await expect(arrows(page.locator('.board-columns'))).toHaveCount(4);
  await expect(card(page, INTEGRATION)).toHaveAccessibleName(
    new RegExp(`follows from ${LEADS}, in Now; leads to ${PRODUCT}, in Later`),
  );
  await page.screenshot({ path: test.info().outputPath('paths-1280.png') });
  await expectNoSeriousViolations(page);

  // The editor shows the chain in landing order and its chance.
  await card(page, PRODUCT).click();
  const editor = page.getByRole('dialog', { name: 'Edit milestone' });
  const path = editor.getByRole('region', { name: 'Path' });
  await expect(
    path
      .getByRole('list', { name: 'The path through this milestone, in landing order' })
      .getByRole('listitem'),
  ).toHaveText([
    `${LEADS} Now · 80 % confident`,
    `${INTEGRATION} Next · 55 % confident`,
    `${PRODUCT} Later · 30 % confident`,
    `${INVESTMENT} Later · 20 % confident`,
    `${ACQUISITION} Long term · 10 % confident`,
  ]);
  await expect(path).toContainText(
    `“${PRODUCT}” needs 3 milestones to land, itself included: 13 % together.`,
  );
  await expectNoSeriousViolations(page);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // On the ladder too.
  await page.getByRole('button', { name: 'Ladder' }).click();
  await expect(arrows(page.locator('.ladder__grid')).first()).toBeVisible();
  await page.getByRole('button', { name: 'Horizons' }).click();
  await expect(arrows(page.locator('.board-columns'))).toHaveCount(4);

  // The integration moved to the long term comes after the product it leads to: warned.
  await card(page, INTEGRATION).click();
  await editor.getByLabel('Horizon').selectOption({ label: 'Long term (3–5+ years)' });
  await editor.getByRole('button', { name: 'Save' }).click();
  await page.keyboard.press('Escape'); // no why this time
  const moved = card(horizon(page, 'Long term'), INTEGRATION);
  await expect(moved).toHaveAccessibleName(
    new RegExp(`path warning: Leads to “${PRODUCT}”, which comes earlier: it is in Later`),
  );
  await expect(moved.getByText('Path')).toBeVisible();
  // Undo puts it back, and the warning goes.
  await page.keyboard.press('Control+z');
  const back = card(horizon(page, 'Next'), INTEGRATION);
  await expect(back).toBeVisible();
  await expect(back).not.toHaveAccessibleName(/path warning/);

  // Presenting: the whole board with its arrows, then the path walked a step at a time.
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
  await expect(show.getByText('Vision · 1 of 11')).toBeVisible();
  for (let i = 0; i < 5; i++) await show.getByRole('button', { name: 'Next' }).click();
  await expect(show.getByText('The whole board · 6 of 11')).toBeVisible();
  await expect(arrows(show)).toHaveCount(4);
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText(`The path to “${ACQUISITION}”`);
  await expect(show.getByText('Step 1 of 5', { exact: true })).toBeVisible();
  await expect(show.getByText(LEADS)).toBeVisible();
  await expect(show.getByText(INTEGRATION)).toBeHidden();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(show.getByText('Step 5 of 5', { exact: true })).toBeVisible();
  await expect(show.getByText(ACQUISITION, { exact: true })).toBeVisible();
  await expect(show).toContainText(`“${ACQUISITION}” needs 5 milestones to land, itself included`);
  await page.screenshot({ path: test.info().outputPath('path-slide-1280.png') });
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  // The file carries the links; a fresh browser gets the same arrows back.
  const file = await exportBoard(page);
  const exported = JSON.parse(file.text);
  expect(exported.version).toBe(6);
  expect(exported.board.links).toHaveLength(4);
  const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const other = await fresh.newPage();
  await other.goto('/');
  await importAndOpen(other, file);
  await expect(arrows(other.locator('.board-columns'))).toHaveCount(4);
  await expect(card(other, ACQUISITION)).toHaveAccessibleName(
    new RegExp(`follows from ${INVESTMENT}, in Later`),
  );
  await other.screenshot({ path: test.info().outputPath('paths-1920.png') });
  await fresh.close();
});

test('a link to a card scrolled out of its column ends at the edge, and its marker brings the card into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createBoard(page, 'Acme Analytics', 'empty');
  const field = page.getByRole('textbox', { name: 'Add a milestone to Later' });
  for (let i = 1; i <= 14; i++) {
    await field.fill(`Later idea ${i}`);
    await field.press('Enter');
  }
  await page.getByRole('textbox', { name: 'Add a milestone to Now' }).fill('First step');
  await page.getByRole('textbox', { name: 'Add a milestone to Now' }).press('Enter');
  await linkByKeys(page, 'First step', 'Later idea 14');
  // The Later column scrolled to its top: the 14th idea is out of sight, its marker is not.
  await horizon(page, 'Later')
    .locator('[data-card-list]')
    .evaluate((list) => (list.scrollTop = 0));
  const marker = page.getByRole('button', {
    name: 'Show “Later idea 14”, further down this column',
  });
  await expect(marker).toBeVisible();
  await marker.click();
  await expect(card(page, 'Later idea 14')).toBeFocused();
  await expect(card(page, 'Later idea 14')).toBeInViewport();
});

test('a link made from a card’s menu skips a horizon and goes round that horizon’s cards', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createBoard(page, 'Acme Analytics');
  await card(page, LEADS).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: `“${LEADS}”` });
  await menu.getByRole('menuitem', { name: 'Link to…' }).click();
  const picker = page.getByRole('dialog', { name: `Link “${LEADS}”` });
  await picker.getByRole('searchbox', { name: 'Find the milestone' }).fill('Minority');
  await page.keyboard.press('Enter');
  await expect(card(page, LEADS)).toHaveAccessibleName(
    new RegExp(`leads to ${INVESTMENT}, in Later`),
  );
  // Now → Later: the arrow crosses Next, whose cards it must not run under.
  await expect(arrows(page)).toHaveCount(1);
  const crossed = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('svg.paths g.path path')!;
    const matrix = path.getScreenCTM()!;
    const cards = Array.from(
      document.querySelectorAll('.board-columns [data-milestone-id]'),
      (c) => ({
        title: c.textContent,
        box: c.getBoundingClientRect(),
      }),
    );
    const length = path.getTotalLength();
    const under = new Set<string>();
    for (let at = 0; at <= length; at += 2) {
      const point = path.getPointAtLength(at);
      const { x, y } = new DOMPoint(point.x, point.y).matrixTransform(matrix);
      for (const { title, box } of cards)
        if (x > box.left + 1 && x < box.right - 1 && y > box.top + 1 && y < box.bottom - 1)
          under.add(title ?? '');
    }
    return { under: [...under], length };
  });
  expect(crossed.length).toBeGreaterThan(300);
  expect(crossed.under).toEqual([]);
  // The keyboard's way to the same menu: Shift+F10 on a focused card, Escape back to it.
  await card(page, PRODUCT).focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: `“${PRODUCT}”` })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(card(page, PRODUCT)).toBeFocused();
});

test('on a phone, a link to a horizon out of sight ends at the screen’s edge, and its marker goes there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createBoard(page, 'Acme Analytics');
  await page
    .getByRole('navigation', { name: 'Horizons' })
    .getByRole('button', { name: 'Now' })
    .click();
  await linkByKeys(page, LEADS, INVESTMENT);
  // Now is in sight, Later is not: the arrow ends at the right edge, at a marker naming it.
  const marker = page.getByRole('button', { name: `Show “${INVESTMENT}”, in Later, to the right` });
  await expect(marker).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('paths-phone-marker.png') });
  await marker.click();
  // Later comes into sight, so the card needs no marker any more.
  await expect(marker).toBeHidden();
  await expect(card(page, INVESTMENT)).toBeFocused();
  await expect(card(page, INVESTMENT)).toBeInViewport({ ratio: 0.9 });
  // From Later the way back: a marker for the card it follows from, to the left.
  await expect(
    page.getByRole('button', { name: `Show “${LEADS}”, in Now, to the left` }),
  ).toBeInViewport();
});
