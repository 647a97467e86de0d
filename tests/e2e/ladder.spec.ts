import { expect, test, type Page } from '@playwright/test';
import {
  card,
  createBoard,
  dragTo,
  expectNoSeriousViolations,
  horizon,
  lift,
  touchDrag,
  waitForSaved,
} from './support';

const announced = (page: Page) => page.locator('[aria-live="assertive"]');
const cell = (page: Page, row: string, column: string) =>
  page.getByRole('cell', { name: new RegExp(`^${row}, ${column}:`) });

test.beforeEach(async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('button', { name: 'Ladder', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Milestones by type and horizon' })).toBeVisible();
});

test('a mouse drag across columns and rows changes horizon and type, and is kept', async ({
  page,
}) => {
  await expect(page).toHaveURL(/view=ladder/);
  await expect(card(cell(page, 'Leads & referrals', 'Now'), 'Swap first')).toBeVisible();
  await dragTo(
    page,
    card(page, 'Swap first qualified referrals'),
    cell(page, 'Integration', 'Later'),
  );
  await expect(card(cell(page, 'Integration', 'Later'), 'Swap first')).toBeVisible();
  await expect(cell(page, 'Leads & referrals', 'Now')).toHaveAccessibleName(/0 milestones$/);
  // One drop, one undo step: the horizon and the type come back together.
  await page.keyboard.press('Control+z');
  await expect(card(cell(page, 'Leads & referrals', 'Now'), 'Swap first')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(card(cell(page, 'Integration', 'Later'), 'Swap first')).toBeVisible();

  await waitForSaved(page);
  await page.reload();
  // The address keeps the ladder view.
  await expect(card(cell(page, 'Integration', 'Later'), 'Swap first')).toBeVisible();
  await page.getByRole('button', { name: 'Horizons', exact: true }).click();
  await expect(card(horizon(page, 'Later'), 'Swap first qualified referrals')).toHaveAccessibleName(
    /^Swap first qualified referrals, example, Integration,/,
  );
});

test('a keyboard drag moves a chip cell by cell', async ({ page }) => {
  const chip = card(page, 'Swap first qualified referrals');
  await lift(chip);
  await expect(announced(page)).toContainText(
    'Picked up Swap first qualified referrals. It is in Leads & referrals, Now.',
  );
  await page.keyboard.press('ArrowDown');
  await expect(announced(page)).toContainText('is over Co-marketing, Now');
  await page.keyboard.press('ArrowRight');
  await expect(announced(page)).toContainText('is over Co-marketing, Next');
  await page.keyboard.press('Space');
  await expect(announced(page)).toContainText(
    'Moved Swap first qualified referrals to Co-marketing, Next.',
  );
  await expect(card(cell(page, 'Co-marketing', 'Next'), 'Swap first')).toBeFocused();
  await expect(card(page, 'Swap first qualified referrals')).toHaveAccessibleName(
    /^Swap first qualified referrals, example, Co-marketing,/,
  );

  // Escape puts it back.
  await lift(card(page, 'Swap first qualified referrals'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(announced(page)).toContainText('was cancelled');
  await expect(card(cell(page, 'Co-marketing', 'Next'), 'Swap first')).toBeVisible();
});

test('rows group by owner or status, and a move there sets the owner or status', async ({
  page,
}) => {
  await page.getByRole('radio', { name: 'Owner' }).check();
  await expect(page).toHaveURL(/group=owner/);
  await expect(page.getByRole('table', { name: 'Milestones by owner and horizon' })).toBeVisible();
  // Sales sits below Product, the row the card is in: bring both into view.
  await cell(page, 'Sales', 'Next').scrollIntoViewIfNeeded();
  await dragTo(
    page,
    card(page, 'Native integration in both products'),
    cell(page, 'Sales', 'Next'),
  );
  await expect(card(cell(page, 'Sales', 'Next'), 'Native integration')).toHaveAccessibleName(
    /owner Sales/,
  );

  await page.getByRole('radio', { name: 'Status' }).check();
  await dragTo(
    page,
    card(page, 'Enter a new region together'),
    cell(page, 'Committed', 'Long term'),
  );
  await expect(
    card(cell(page, 'Committed', 'Long term'), 'Enter a new region'),
  ).toHaveAccessibleName(/status Committed/);
  await expectNoSeriousViolations(page);

  // Enter opens the card, as on the horizons.
  await card(page, 'Enter a new region together').focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('dialog', { name: 'Edit milestone' }).getByRole('textbox', { name: 'Title' }),
  ).toHaveValue('Enter a new region together');
});

test('the address keeps the view, the grouping and the filter together', async ({ page }) => {
  await expectNoSeriousViolations(page);
  await page.getByRole('radio', { name: 'Owner' }).check();
  const search = page.getByRole('searchbox', { name: 'Search milestones' });
  await search.fill('product');
  await expect(page).toHaveURL(/\?q=product&view=ladder&group=owner$/);
  await expect(card(page, 'Swap first qualified referrals')).toHaveAccessibleName(
    /does not match the filter$/,
  );
  await expect(card(page, 'Native integration in both products')).not.toHaveAccessibleName(
    /does not match/,
  );

  // Back to the horizons the filter stays; the grouping waits for the next visit.
  await page.getByRole('button', { name: 'Horizons', exact: true }).click();
  await expect(page).toHaveURL(/\?q=product&group=owner$/);
  await expect(search).toHaveValue('product');
  await page.getByRole('button', { name: 'Ladder', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Milestones by owner and horizon' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Milestones by owner and horizon' })).toBeVisible();
  await expect(search).toHaveValue('product');
  await expect(page.getByRole('radio', { name: 'Owner' })).toBeChecked();
});

test.describe('on a 1280×720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every rung is in sight; an empty one is a thin strip that still takes a drop', async ({
    page,
  }) => {
    // Compact, the density a workshop picks to see the whole ladder at once.
    await page.getByRole('combobox', { name: 'Density' }).selectOption('Compact');
    const rungs = page
      .getByRole('table', { name: 'Milestones by type and horizon' })
      .getByRole('rowheader');
    await expect(rungs).toHaveCount(9);
    for (const rung of await rungs.all()) await expect(rung).toBeInViewport({ ratio: 1 });
    const strip = (await page.getByRole('rowheader', { name: 'Other / custom' }).boundingBox())!;
    const full = (await page.getByRole('rowheader', { name: 'Integration' }).boundingBox())!;
    expect(strip.height).toBeLessThan(full.height / 1.5);

    await dragTo(
      page,
      card(page, 'The partner acquires us'),
      cell(page, 'Other / custom', 'Later'),
    );
    await expect(
      card(cell(page, 'Other / custom', 'Later'), 'The partner acquires us'),
    ).toBeVisible();
    await expect(card(page, 'The partner acquires us')).toHaveAccessibleName(
      /^The partner acquires us, internal, our team only, example, Other \/ custom,/,
    );
    await expect(cell(page, 'Acquisition — they acquire us', 'Long term')).toHaveAccessibleName(
      /0 milestones$/,
    );
    // Its row is now the empty one; every rung is still in sight.
    for (const rung of await rungs.all()) await expect(rung).toBeInViewport({ ratio: 1 });
  });
});

test.describe('on a tablet', () => {
  test.use({ hasTouch: true });

  test('press-and-hold picks a chip up and a drop sets horizon and type', async ({ page }) => {
    const from = (await card(page, 'Joint webinar for shared customers').boundingBox())!;
    const to = (await cell(page, 'Integration', 'Next').boundingBox())!;
    await touchDrag(
      page,
      { x: from.x + from.width / 2, y: from.y + from.height / 2 },
      { x: to.x + to.width / 2, y: to.y + to.height / 2 },
    );
    await expect(card(cell(page, 'Integration', 'Next'), 'Joint webinar')).toBeVisible();
    await expect(card(page, 'Joint webinar for shared customers')).toHaveAccessibleName(
      /^Joint webinar for shared customers, example, Integration,/,
    );
  });
});
