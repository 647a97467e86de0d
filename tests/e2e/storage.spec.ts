import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  card,
  createBoard,
  expectNoSeriousViolations,
  putRecord,
  titlesIn,
  waitForSaved,
} from './support';

test('without IndexedDB the app says so, keeps working in memory and exports everything', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Not saved — export a copy.');
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: storage unavailable' }),
  ).toBeVisible();

  await createBoard(page, 'Acme Analytics');
  const quickAdd = page.getByRole('textbox', { name: 'Add a milestone to Now' });
  await quickAdd.fill('Works in memory');
  await quickAdd.press('Enter');
  await expect.poll(() => titlesIn(page, 'Now')).toContain('Works in memory');
  await expect(banner).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export all boards' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^partner-horizons-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(backup).toMatchObject({ type: 'partner-horizons/backup', version: 1 });
  expect(backup.boards).toHaveLength(1);
  const titles = Object.values(backup.boards[0].board.milestones).map(
    (m) => (m as { title: string }).title,
  );
  expect(titles).toContain('Works in memory');
});

test('a board downloads as its versioned document', async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
  await card(page, 'Swap first qualified referrals').waitFor();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download board file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('acme-analytics.partner-board.json');
  const doc = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(doc).toMatchObject({
    type: 'partner-horizons/board',
    version: 6,
    board: { title: 'Acme Analytics' },
  });
  // For the partner unless asked otherwise: the starter's two internal acquisition rungs stay out.
  expect(Object.keys(doc.board.milestones)).toHaveLength(6);
});

test('a board created just before a reload is still there', async ({ page }) => {
  await createBoard(page, 'Reloaded at once', 'empty');
  // No wait for "Saved": the reload comes inside the save delay.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reloaded at once');
});

test('one damaged stored board is listed with its raw data, and every other board works', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  await putRecord(page, 'board:broken', {
    type: 'partner-horizons/board',
    version: 2,
    board: { title: 'Globex', horizons: 'not a list' },
  });
  await page.goto('/');
  const damaged = page.getByRole('region', { name: 'A saved board is damaged' });
  await expect(damaged).toContainText('Globex: This board is damaged');
  await expect(page.getByRole('link', { name: 'Acme Analytics' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    damaged.getByRole('button', { name: 'Download raw data' }).click(),
  ]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({
    board: { title: 'Globex' },
  });
  // The good board still opens and saves; the damaged one is still there after a reload.
  await page.getByRole('link', { name: 'Acme Analytics' }).click();
  await page.getByRole('textbox', { name: 'Add a milestone to Now' }).fill('Still saving');
  await page.getByRole('textbox', { name: 'Add a milestone to Now' }).press('Enter');
  await waitForSaved(page);
  await page.goto('/');
  await expect(damaged).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('a stored board from a newer version stops the app from writing and offers the raw data', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
  await putRecord(page, 'board:future', { type: 'partner-horizons/board', version: 99, board: {} });
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Your saved boards cannot be opened here' }),
  ).toBeVisible();
  await expect(page.getByText(/newer version of Partner Horizons/).first()).toBeVisible();
  // Plain words up front; the storage key only in the fold; the header does not say "Saved".
  await expect(page.getByText(/board:future/)).toBeHidden();
  await page.getByText('Technical details').click();
  await expect(page.getByText(/board:future/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Not saving$/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download raw data' }).click(),
  ]);
  const raw = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(raw['board:future']).toMatchObject({ version: 99 });
});

test('the database deleted while the app runs: every board is written again, and the user is told', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  const deleted = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('partner-horizons');
        request.onsuccess = () => resolve('deleted');
        request.onblocked = () => resolve('blocked');
      }),
  );
  expect(deleted).toBe('deleted');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'cleared while the app was open',
  );
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(card(page, 'Swap first qualified referrals')).toBeVisible();
});

test('storage wiped between visits: the list says the boards are gone and offers a restore', async ({
  page,
  context,
}) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  await page.close();
  // Between visits, with no tab of the app open, the site's database is cleared.
  const cleaner = await context.newPage();
  await cleaner.goto('/favicon.svg');
  await cleaner.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('partner-horizons');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      }),
  );
  await cleaner.goto('/');
  const missing = cleaner.getByRole('region', {
    name: 'No boards are stored in this browser any more',
  });
  await expect(missing).toContainText('Your last visit left 1 board here');
  await expect(missing.getByRole('button', { name: 'Restore from a backup' })).toBeVisible();
  await missing.getByRole('button', { name: 'Start afresh' }).click();
  await expect(cleaner.getByRole('button', { name: 'Create your first board' })).toBeVisible();
});

test('after the first edit the app asks the browser to keep its data, and shows the last backup', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => false,
        persist: async () => {
          w.persistCalls++;
          return true;
        },
        estimate: async () => ({ usage: 0, quota: 1 }),
      },
    });
  });
  await page.goto('/');
  expect(
    await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls),
  ).toBe(0);
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls))
    .toBe(1);
  await page.getByRole('link', { name: 'Partner Horizons' }).first().click();
  await expect(
    page.getByText(/Kept in this browser only, which has agreed to keep it\. Last backup: never\./),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back up all' }).click();
  await expect(page.getByText(/Last backup: (?!never)/)).toBeVisible();
});
