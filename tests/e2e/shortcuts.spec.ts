import { expect, test } from '@playwright/test';
import { createBoard, expectNoSeriousViolations } from './support';

test('"?" opens the sheet of keyboard shortcuts, and Escape gives the board back', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('heading', { name: 'Presenting' })).toBeVisible();
  await expect(sheet.getByRole('definition').filter({ hasText: /^Undo$/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // The toolbar's keyboard button opens it too, and has focus again when it closes.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(button).toBeFocused();
});
