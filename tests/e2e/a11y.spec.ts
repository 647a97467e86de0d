import { expect, test } from '@playwright/test';
import { card, createBoard, expectNoSeriousViolations } from './support';

test('the boards list, empty and full, has no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Create your first board' }).click();
  await expect(page.getByRole('dialog', { name: 'New board' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await createBoard(page, 'Acme Analytics');
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Boards' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the board and the milestone editor have no serious accessibility violations', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await expectNoSeriousViolations(page);

  // Reach a card with Tab alone and open it with Enter.
  const first = card(page, 'Swap first qualified referrals');
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Give the milestone a title.')).toBeVisible();
  await expectNoSeriousViolations(page);

  // Escape closes the editor and focus returns to the card.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(first).toBeFocused();

  await page.getByRole('button', { name: 'Edit horizon Next' }).click();
  await expect(page.getByRole('dialog', { name: 'Horizon: Next' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
