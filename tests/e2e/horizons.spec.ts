import { expect, test } from '@playwright/test';
import { createBoard, horizon, titlesIn, waitForSaved } from './support';

test('horizons are added, renamed and removed without losing a milestone', async ({ page }) => {
  await createBoard(page, 'Acme Analytics');

  await page.getByRole('button', { name: 'Horizon', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add a horizon' });
  await add.getByRole('textbox', { name: 'Name' }).fill('Beyond');
  await add.getByRole('textbox', { name: 'Timeframe' }).fill('5+ years');
  await add.getByRole('button', { name: 'Add horizon' }).click();
  await expect(horizon(page, 'Beyond').getByText('5+ years')).toBeVisible();

  await page.getByRole('button', { name: 'Edit horizon Now' }).click();
  const edit = page.getByRole('dialog', { name: 'Horizon: Now' });
  await edit.getByRole('textbox', { name: 'Name' }).fill('This quarter');
  await edit.getByRole('textbox', { name: 'Timeframe' }).fill('0–3 months');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(horizon(page, 'This quarter').getByText('0–3 months')).toBeVisible();

  // Removing Next moves its two milestones to the end of the horizon before it.
  await page.getByRole('button', { name: 'Edit horizon Next' }).click();
  const remove = page.getByRole('dialog', { name: 'Horizon: Next' });
  await expect(remove.getByText('Its 2 milestones move to This quarter.')).toBeVisible();
  await remove.getByRole('button', { name: 'Remove horizon' }).click();
  await expect(horizon(page, 'Next')).toHaveCount(0);
  await expect
    .poll(() => titlesIn(page, 'This quarter'))
    .toEqual([
      'Swap first qualified referrals',
      'Joint webinar for shared customers',
      'Native integration in both products',
      'Enter a new region together',
    ]);
  await expect(page.getByRole('button', { name: / % confident/ })).toHaveCount(8);

  const toasts = page.getByRole('status', { name: 'Notifications' });
  await expect(toasts).toContainText('Removed “Next”; its 2 milestones moved to “This quarter”.');
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => titlesIn(page, 'Next'))
    .toEqual(['Native integration in both products', 'Enter a new region together']);

  await waitForSaved(page);
  await page.reload();
  await expect(page.locator('section.horizon:not(.side-area) h2')).toHaveText([
    'This quarter',
    'Next',
    'Later',
    'Long term',
    'Beyond',
  ]);
});

test('the last horizon cannot be removed', async ({ page }) => {
  await createBoard(page, 'Solo', 'empty');
  for (const name of ['Next', 'Later', 'Long term']) {
    await page.getByRole('button', { name: `Edit horizon ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove horizon' }).click();
    await expect(horizon(page, name)).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Edit horizon Now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Horizon: Now' });
  await expect(dialog.getByText('A board needs at least one horizon.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Remove horizon' })).toBeDisabled();
});
