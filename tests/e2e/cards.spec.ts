import { expect, test } from '@playwright/test';
import { card, createBoard, horizon, waitForSaved } from './support';

test('a card says its confidence in words, and quick add invents no type or confidence', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  const swap = card(page, 'Swap first qualified referrals');
  await expect(swap).toContainText('80 % confident');
  await expect(swap).toContainText('Example');
  await expect(swap).toHaveAccessibleName(/, has notes$/);
  await expect(swap.locator('[aria-label="has notes"]')).toBeVisible();

  const quickAdd = page.getByRole('textbox', { name: 'Add a milestone to Later' });
  await quickAdd.fill('Shared roadmap review');
  await quickAdd.press('Enter');
  const idea = card(horizon(page, 'Later'), 'Shared roadmap review');
  await expect(idea).toHaveAccessibleName(
    'Shared roadmap review, type not set, confidence not set, status Idea',
  );
  await expect(idea).toContainText('Type not set');
  await expect(idea).not.toContainText('Other');

  // One more action chooses the type; it stays chosen, here and after a reload.
  await page
    .getByRole('combobox', { name: 'Type of milestones added to Later' })
    .selectOption({ label: 'Integration' });
  await quickAdd.fill('Connector in the marketplace');
  await quickAdd.press('Enter');
  await expect(card(horizon(page, 'Later'), 'Connector in the marketplace')).toHaveAccessibleName(
    /^Connector in the marketplace, Integration, confidence not set,/,
  );
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Type of milestones added to Now' })).toHaveValue(
    'integration',
  );
});

// Needs the board page to show the examples notice (features/board ExamplesNotice).
test('"Clear examples" removes every example in one step, and Undo brings them back', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await expect(page.getByText('8 example milestones show how a board reads.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear examples' }).click();
  await expect(page.getByRole('button', { name: /, example, / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear examples' })).toHaveCount(0);
  const toasts = page.getByRole('status', { name: 'Notifications' });
  await expect(toasts).toContainText('Cleared 8 example milestones.');
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /, example, / })).toHaveCount(8);
});
