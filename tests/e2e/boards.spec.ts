import { expect, test } from '@playwright/test';
import { createBoard, horizon, waitForSaved } from './support';

test('a newcomer creates a board from the starter template and finds it after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Lay out where a partnership could go' }),
  ).toBeVisible();
  await createBoard(page, 'Acme Analytics');

  for (const name of ['Now', 'Next', 'Later', 'Long term']) {
    await expect(horizon(page, name).getByLabel('2 milestones')).toBeVisible();
  }
  await expect(page.getByRole('button', { name: / % confident/ })).toHaveCount(8);
  for (const type of [
    'Leads & referrals',
    'Integration',
    'New product',
    'Investment',
    'We acquire them',
  ]) {
    await expect(
      page.locator('[aria-roledescription="milestone"]').getByText(type, { exact: true }),
    ).toBeVisible();
  }

  await expect(page).toHaveTitle('Acme Analytics — Partner Horizons');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('button', { name: / % confident/ })).toHaveCount(8);
  await page.getByRole('link', { name: 'Partner Horizons' }).click();
  await expect(page.getByRole('link', { name: 'Acme Analytics' })).toBeVisible();
});

test('boards are renamed, duplicated, searched, deleted and restored', async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
  await createBoard(page, 'Globex', 'empty');
  await page.getByRole('link', { name: 'Partner Horizons' }).click();
  const list = page.getByRole('list', { name: 'Boards' });
  await expect(list.getByRole('link')).toHaveText(['Globex', 'Acme Analytics']);

  await page.getByRole('button', { name: 'Rename Globex' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename board' });
  await rename.getByRole('textbox', { name: 'Board title' }).fill('Globex 2030');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('button', { name: 'Duplicate Acme Analytics' }).click();
  await expect(list.getByRole('link', { name: 'Acme Analytics (copy)' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search boards' });
  await search.fill('globex');
  await expect(list.getByRole('link')).toHaveText(['Globex 2030']);
  await search.fill('initech');
  await expect(page.getByText('No boards match “initech”.')).toBeVisible();
  await search.fill('');

  await page.getByRole('button', { name: 'Delete Globex 2030' }).click();
  await expect(list.getByRole('link', { name: 'Globex 2030' })).toHaveCount(0);
  const toasts = page.getByRole('status', { name: 'Notifications' });
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: 'Globex 2030' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Acme Analytics (copy)' }).click();
  await expect(list.getByRole('link')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('link')).toHaveCount(3);

  await page.getByRole('button', { name: 'Delete Acme Analytics (copy)' }).click();
  await waitForSaved(page);
  await page.reload();
  await expect(list.getByRole('link')).toHaveText(['Globex 2030', 'Acme Analytics']);
});

test('an unknown address or board says so and leads back', async ({ page }) => {
  await page.goto('/boards/does-not-exist');
  await expect(page.getByRole('heading', { name: 'This board is not here' })).toBeVisible();
  await page.goto('/somewhere/else');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your boards' }).click();
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
});
