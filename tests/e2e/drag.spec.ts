import { expect, test, type Page } from '@playwright/test';
import { card, createBoard, dragTo, horizon, lift, titlesIn, waitForSaved } from './support';

const announced = (page: Page) => page.locator('[aria-live="assertive"]');

test.beforeEach(async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
});

test('a card is dragged with the mouse to another horizon, and the move survives a reload', async ({
  page,
}) => {
  await dragTo(
    page,
    card(page, 'Swap first qualified referrals'),
    card(page, 'Enter a new region together'),
    0.2,
  );
  await expect
    .poll(() => titlesIn(page, 'Next'))
    .toEqual([
      'Native integration in both products',
      'Swap first qualified referrals',
      'Enter a new region together',
    ]);
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(['Joint webinar for shared customers']);
  await waitForSaved(page);
  await page.reload();
  await expect
    .poll(() => titlesIn(page, 'Next'))
    .toEqual([
      'Native integration in both products',
      'Swap first qualified referrals',
      'Enter a new region together',
    ]);
});

test('cards are reordered within a horizon with the mouse', async ({ page }) => {
  await dragTo(
    page,
    card(page, 'Joint webinar for shared customers'),
    card(page, 'Swap first qualified referrals'),
    0.2,
  );
  await expect
    .poll(() => titlesIn(page, 'Now'))
    .toEqual(['Joint webinar for shared customers', 'Swap first qualified referrals']);
});

test('a card dropped on an empty horizon lands there', async ({ page }) => {
  await page.getByRole('button', { name: 'Horizon', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a horizon' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Parked');
  await dialog.getByRole('button', { name: 'Add horizon' }).click();
  const parked = horizon(page, 'Parked');
  await parked.scrollIntoViewIfNeeded();
  await dragTo(page, card(page, 'We acquire the partner'), parked.getByText('No milestones yet'));
  await expect.poll(() => titlesIn(page, 'Parked')).toEqual(['We acquire the partner']);
  await expect(parked.getByLabel('1 milestone')).toBeVisible();
});

test('a card moves between horizons from the keyboard, is announced, and keeps focus', async ({
  page,
}) => {
  const moving = card(page, 'Enter a new region together');
  await lift(moving);
  await expect(announced(page)).toContainText('Picked up Enter a new region together');
  await page.keyboard.press('ArrowRight');
  await expect(card(horizon(page, 'Later'), 'Enter a new region together')).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect
    .poll(() => titlesIn(page, 'Later'))
    .toEqual([
      'Enter a new region together',
      'Co-built product for a shared segment',
      'Minority investment in the partner',
    ]);
  await page.keyboard.press('Space');
  await expect(announced(page)).toHaveText(
    'Dropped Enter a new region together in Later, position 1 of 3.',
  );
  await expect(card(page, 'Enter a new region together')).toBeFocused();
  await expect.poll(() => titlesIn(page, 'Next')).toEqual(['Native integration in both products']);

  await waitForSaved(page);
  await page.reload();
  await expect
    .poll(() => titlesIn(page, 'Later'))
    .toEqual([
      'Enter a new region together',
      'Co-built product for a shared segment',
      'Minority investment in the partner',
    ]);
});

test('Escape cancels a keyboard drag and puts the card back', async ({ page }) => {
  const moving = card(page, 'Swap first qualified referrals');
  await lift(moving);
  await page.keyboard.press('ArrowRight');
  await expect(card(horizon(page, 'Next'), 'Swap first qualified referrals')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(announced(page)).toContainText('was cancelled');
  await expect
    .poll(() => titlesIn(page, 'Now'))
    .toEqual(['Swap first qualified referrals', 'Joint webinar for shared customers']);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a move is undone and redone, by keys and by buttons', async ({ page }) => {
  await lift(card(page, 'Swap first qualified referrals'));
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => titlesIn(page, 'Now'))
    .toEqual(['Joint webinar for shared customers', 'Swap first qualified referrals']);
  await page.keyboard.press('Space');
  await expect(card(page, 'Swap first qualified referrals')).not.toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const before = ['Swap first qualified referrals', 'Joint webinar for shared customers'];
  const after = ['Joint webinar for shared customers', 'Swap first qualified referrals'];
  await page.keyboard.press('Control+z');
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(after);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(after);
});

test('horizons are reordered by keyboard drag and from their dialog', async ({ page }) => {
  const order = () => page.locator('section.horizon:not(.side-area) h2').allTextContents();
  const handle = page.getByRole('button', { name: 'Move horizon Now' });
  await lift(handle);
  await page.keyboard.press('ArrowRight');
  await expect(announced(page)).toContainText('horizon Now is over position 2 of 4');
  await page.keyboard.press('Space');
  await expect.poll(order).toEqual(['Next', 'Now', 'Later', 'Long term']);

  await page.getByRole('button', { name: 'Edit horizon Long term' }).click();
  const dialog = page.getByRole('dialog', { name: 'Horizon: Long term' });
  await dialog.getByRole('button', { name: 'Move left' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(order).toEqual(['Next', 'Now', 'Long term', 'Later']);

  await waitForSaved(page);
  await page.reload();
  await expect.poll(order).toEqual(['Next', 'Now', 'Long term', 'Later']);
});

test('a horizon is dragged by its grip with the mouse', async ({ page }) => {
  const order = () => page.locator('section.horizon:not(.side-area) h2').allTextContents();
  await dragTo(
    page,
    page.getByRole('button', { name: 'Move horizon Long term' }),
    horizon(page, 'Next'),
  );
  await expect.poll(order).toEqual(['Now', 'Long term', 'Next', 'Later']);
});
