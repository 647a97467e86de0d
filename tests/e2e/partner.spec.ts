import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, waitForSaved } from './support';

test('the kinds of partnership set on a new board show on the board, the list and the print', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create your first board' }).click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await dialog.getByRole('textbox', { name: 'Partner' }).fill('Acme Analytics');
  const kinds = dialog.getByRole('group', { name: 'Kind of partnership' });
  await kinds.getByRole('checkbox', { name: 'Reseller' }).check();
  await kinds.getByRole('checkbox', { name: 'Integration / ISV' }).check();
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Create board' }).click();

  const button = page.getByRole('button', { name: /^Kind of partnership: / });
  await expect(button).toHaveAccessibleName(
    'Kind of partnership: Reseller, Integration / ISV. Change',
  );
  await expect(button.getByText('Reseller', { exact: true })).toBeVisible();

  // Changed from the board header, by keyboard.
  await button.focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Kind of partnership' });
  await expect(edit.getByRole('checkbox', { name: 'Referral' })).toBeFocused();
  await page.keyboard.press('Space');
  await edit.getByRole('checkbox', { name: 'Reseller' }).uncheck();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(button).toHaveAccessibleName(
    'Kind of partnership: Referral, Integration / ISV. Change',
  );
  await expect(button).toBeFocused();

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-only').getByText('Integration / ISV')).toBeAttached();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  await waitForSaved(page);
  await page.goto('/');
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Acme Analytics' }) });
  await expect(row.getByText('Referral', { exact: true })).toBeVisible();
  await expect(row.getByText('Integration / ISV', { exact: true })).toBeVisible();
  await expect(row.getByText('Reseller', { exact: true })).toHaveCount(0);
});
