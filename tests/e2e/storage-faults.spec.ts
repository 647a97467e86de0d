import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  card,
  createBoard,
  expectNoSeriousViolations,
  horizon,
  putRecord,
  readRecord,
  waitForSaved,
} from './support';

/**
 * Storage that misbehaves as real browsers' does, injected by init scripts: a damaged
 * record, a put that throws, a read that fails, a connection closed without a word, an
 * open that never answers. Each shows nothing lost and the person told what to do.
 */

type Faults = { failIndex?: boolean; closeSilently?: () => void; answer?: () => void };
const faults = (page: Page) => page.evaluate.bind(page);

const addMilestone = async (page: Page, title: string) => {
  const field = page.getByRole('textbox', { name: 'Add a milestone to Now' });
  await field.fill(title);
  await field.press('Enter');
};

const boardIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

const storedTitles = async (page: Page, id: string) => {
  const record = (await readRecord(page, `board:${id}`)) as {
    board: { milestones: Record<string, { title: string }> };
  };
  return Object.values(record.board.milestones).map((m) => m.title);
};

test('a stored board with a date it cannot read opens whole, keeps the original and says so', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  const id = boardIdOf(page);
  const record = (await readRecord(page, `board:${id}`)) as {
    board: { milestones: Record<string, { title: string; targetDate?: string }> };
  };
  const [milestone] = Object.values(record.board.milestones).filter(
    (m) => m.title === 'Native integration in both products',
  );
  milestone!.targetDate = '31/03/2027';
  await putRecord(page, `board:${id}`, record);
  await page.goto('/');

  const notice = page.getByRole('region', { name: 'A saved board was repaired when it opened' });
  await expect(notice).toContainText('31/03/2027');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: /Download original/ }).click(),
  ]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(record);
  await expectNoSeriousViolations(page);

  // The milestone is there, with the date kept in its notes; an edit saves the board.
  await page.getByRole('link', { name: 'Acme Analytics' }).click();
  await card(page, 'Native integration in both products').click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Notes' })).toHaveValue(
    /31\/03\/2027/,
  );
  await page.keyboard.press('Escape');
  await addMilestone(page, 'An edit after the repair');
  await waitForSaved(page);

  // Until it is dismissed, the notice and the original stay, reload after reload; on a
  // board it takes one line, and leads to the details on the list.
  await page.reload();
  await expect(card(horizon(page, 'Now'), 'An edit after the repair')).toBeVisible();
  await page.getByRole('link', { name: 'See what was done' }).click();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: /Dismiss/ }).click();
  await expect(notice).toBeHidden();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Acme Analytics' })).toBeVisible();
  await expect(notice).toBeHidden();
});

test('a put that throws leaves nothing half-written; the edit is saved once storage recovers', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as Faults;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
      if (w.failIndex && key === 'index') throw new DOMException('put failed', 'DataError');
      return put.call(this, value, key);
    };
  });
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  const id = boardIdOf(page);
  await faults(page)(() => ((window as unknown as Faults).failIndex = true));
  await addMilestone(page, 'Written with the index or not at all');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('The browser refused to save recent changes');
  await expect(banner).toContainText('saving is retried');
  // The board was not written without its index.
  expect(await storedTitles(page, id)).not.toContain('Written with the index or not at all');
  await faults(page)(() => ((window as unknown as Faults).failIndex = false));
  await waitForSaved(page);
  await expect(banner).toBeHidden();
  expect(await storedTitles(page, id)).toContain('Written with the index or not at all');
});

test('a read that fails says the boards could not be read, never that they are gone', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  await page.addInitScript(() => {
    IDBObjectStore.prototype.getAll = function () {
      throw new DOMException(
        'Internal error opening backing store for indexedDB.open.',
        'UnknownError',
      );
    };
  });
  await page.goto('/');
  const state = page.getByRole('region', {
    name: 'Your saved boards could not be opened just now',
  });
  await expect(state).toContainText('most likely still there');
  await expect(state.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start afresh' })).toHaveCount(0);
  await expect(page.getByText('No boards are stored in this browser any more')).toHaveCount(0);
  // The browser's words are in the fold, not the sentence.
  const banner = page.getByRole('alert');
  await expect(banner.locator('p')).not.toContainText('backing store');
  await expect(banner.getByText(/backing store/)).toBeHidden();
  await banner.getByText('Technical details').click();
  await expect(banner.getByText(/backing store/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test('a connection the browser closed without a word is opened again, and the edit saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    const connections: IDBDatabase[] = [];
    IDBFactory.prototype.open = function (...args: [string, number?]) {
      const request = open.apply(this, args);
      request.addEventListener('success', () => connections.push(request.result));
      return request;
    };
    (window as unknown as Faults).closeSilently = () => connections.forEach((db) => db.close());
  });
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  await faults(page)(() => (window as unknown as Faults).closeSilently!());
  await addMilestone(page, 'After the connection closed');
  await waitForSaved(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(card(horizon(page, 'Now'), 'After the connection closed')).toBeVisible();
});

test('a database open that never answers: said within seconds, work goes on, boards come back', async ({
  page,
}) => {
  await createBoard(page, 'Stored before');
  await waitForSaved(page);
  await page.addInitScript(() => {
    const w = window as unknown as Faults;
    const open = IDBFactory.prototype.open;
    let hang = true;
    w.answer = () => (hang = false);
    IDBFactory.prototype.open = function (...args: [string, number?]) {
      // A request that never fires, as a stuck browser gives.
      if (hang) return {} as IDBOpenDBRequest;
      return open.apply(this, args);
    };
  });
  await page.goto('/');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('taking too long to open', { timeout: 10_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: storage unavailable' }),
  ).toBeVisible();

  // Work goes on in this tab meanwhile.
  await page.getByRole('button', { name: 'New board in this tab' }).click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await dialog.getByRole('textbox', { name: 'Partner' }).fill('Made while waiting');
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Made while waiting');

  // Storage answers: the stored boards come back beside the new one, and it is saved.
  await faults(page)(() => (window as unknown as Faults).answer!());
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'could be read after all',
    { timeout: 15_000 },
  );
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Partner Horizons' }).first().click();
  await expect(page.getByRole('link', { name: 'Stored before' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Made while waiting' })).toBeVisible();
});

test('with nothing stored at all, the empty list says boards live only in this browser', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('region', { name: 'Lay out where a partnership could go' }),
  ).toContainText('Boards live only in this browser');
  await expect(
    page.getByRole('region', { name: 'Lay out where a partnership could go' }),
  ).toContainText('Import');
});
