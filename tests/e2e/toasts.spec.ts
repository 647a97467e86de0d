import { expect, test } from '@playwright/test';
import { createBoard } from './support';

test('a toast shows over an open dialog, uncovered, heard and dismissable there', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.getByRole('button', { name: 'Copy share link' }).click();

  // Inside the modal dialog, the only part of the page that is not inert: screen readers
  // hear the live region, and pointer and keyboard reach its buttons.
  const toasts = dialog.getByRole('status', { name: 'Notifications' });
  const toast = toasts.getByText(/^Link copied/);
  await expect(toast).toBeVisible();
  const uncovered = await toast.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return element === top || element.contains(top);
  });
  expect(uncovered).toBe(true);

  await toasts.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
  await expect(dialog).toBeVisible();
});
