import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { card, createBoard, horizon, readRecord, waitForSaved } from './support';

/**
 * Never losing a board with two tabs open: tabs closed right after an edit, edits that
 * meet, and a soak of hundreds of edits with reloads and closes. Each checks what is
 * stored afterwards, as a person reopening the board would find it.
 */

const addMilestone = async (page: Page, title: string, where = 'Now') => {
  const field = page.getByRole('textbox', { name: `Add a milestone to ${where}` });
  await field.fill(title);
  await field.press('Enter');
};

/** Every milestone title stored for a board, read from IndexedDB. */
async function storedTitles(page: Page, boardId: string): Promise<string[]> {
  const record = (await readRecord(page, `board:${boardId}`)) as
    { board?: { milestones?: Record<string, { title: string }> } } | undefined;
  return Object.values(record?.board?.milestones ?? {}).map((m) => m.title);
}

const boardIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

async function openBoard(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(horizon(page, 'Now')).toBeVisible();
  return page;
}

test('an edit just before closing a tab survives a save in another tab', async ({
  page,
  context,
}) => {
  await createBoard(page, 'Board X');
  const x = page.url();
  const other = await context.newPage();
  await createBoard(other, 'Board Y');
  await waitForSaved(page);

  await addMilestone(page, 'Added just before closing');
  await page.close(); // inside the save delay
  await addMilestone(other, 'An edit in the other tab');
  await waitForSaved(other);

  const reopened = await openBoard(context, x);
  await expect(card(horizon(reopened, 'Now'), 'Added just before closing')).toBeVisible();
});

test('edits in two tabs that both close at once are both kept', async ({ page, context }) => {
  await createBoard(page, 'Board X');
  const x = page.url();
  const second = await openBoard(context, x);
  await waitForSaved(page);
  await waitForSaved(second);

  await addMilestone(page, 'From the first tab');
  await addMilestone(second, 'From the second tab', 'Next');
  await Promise.all([page.close(), second.close()]);

  const reopened = await openBoard(context, x);
  await expect(card(horizon(reopened, 'Now'), 'From the first tab')).toBeVisible();
  await expect(card(horizon(reopened, 'Next'), 'From the second tab')).toBeVisible();
});

test('a rename in one tab and a new milestone in the other, at the same moment, both stay', async ({
  page,
  context,
}) => {
  await createBoard(page, 'Acme Analytics');
  const other = await openBoard(context, page.url());
  await waitForSaved(page);

  // Both inside one save delay: neither tab has heard of the other's edit.
  await page.getByRole('button', { name: /^Partner name:/ }).click();
  await page.getByRole('textbox', { name: 'Partner name' }).fill('Acme 2030');
  await page.getByRole('textbox', { name: 'Partner name' }).press('Enter');
  await addMilestone(other, 'Added while it was renamed');

  for (const p of [page, other]) {
    await expect(p.getByRole('button', { name: 'Partner name: Acme 2030' })).toBeVisible();
    await expect(card(horizon(p, 'Now'), 'Added while it was renamed')).toBeVisible();
  }
  await waitForSaved(page);
  await waitForSaved(other);
  await other.reload();
  await expect(other.getByRole('button', { name: 'Partner name: Acme 2030' })).toBeVisible();
  await expect(card(horizon(other, 'Now'), 'Added while it was renamed')).toBeVisible();
});

test('soak: two tabs, hundreds of edits, reloads and closes right after edits; every edit kept', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await createBoard(page, 'Soak', 'empty');
  const url = page.url();
  const id = boardIdOf(page);
  const tabs: Page[] = [page, await openBoard(context, url)];
  const made: string[] = [];
  // A fixed sequence, so a failure can be replayed: which tab edits, and what follows.
  let seed = 9;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const started = Date.now();
  while (made.length < 400 && Date.now() - started < 60_000) {
    const i = next() < 0.5 ? 0 : 1;
    const title = `Edit ${made.length + 1} in tab ${i + 1}`;
    await addMilestone(tabs[i]!, title);
    made.push(title);
    const roll = next();
    if (roll < 0.04) {
      // Reloaded at once, inside the save delay.
      await tabs[i]!.reload();
      await expect(horizon(tabs[i]!, 'Now')).toBeVisible();
    } else if (roll < 0.08) {
      // Closed at once, and a new tab opened on the board.
      await tabs[i]!.close();
      tabs[i] = await openBoard(context, url);
    }
  }
  for (const tab of tabs) await waitForSaved(tab);
  const check = await context.newPage();
  await check.goto('/');
  await expect
    .poll(
      async () => {
        const stored = new Set(await storedTitles(check, id));
        return made.filter((title) => !stored.has(title));
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
  console.log(`soak: ${made.length} edits in ${Math.round((Date.now() - started) / 1000)} s`);
});
