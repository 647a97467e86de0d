import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { card, createBoard, exportBoard, horizon, importThroughPicker, titlesIn } from './support';

test('a board exported here opens identical in a fresh browser profile', async ({
  page,
  browser,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page
    .getByRole('textbox', { name: 'Add a milestone to Long term' })
    .fill('Joint venture in APAC');
  await page.getByRole('textbox', { name: 'Add a milestone to Long term' }).press('Enter');
  await page.getByRole('button', { name: /^Vision statement:/ }).click();
  await page
    .getByRole('textbox', { name: 'Vision statement' })
    .fill('The obvious pair for shared customers.');
  await page.keyboard.press('Control+Enter');
  const file = await exportBoard(page);
  expect(file.name).toBe('acme-analytics.partner-board.json');
  const exported = JSON.parse(file.text);
  expect(exported).toMatchObject({
    type: 'partner-horizons/board',
    version: 6,
    app: /^Partner Horizons \d/,
  });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await importThroughPicker(other, file);
  const toasts = other.getByRole('status', { name: 'Notifications' });
  await expect(toasts).toContainText('Imported “Acme Analytics”.');
  await toasts.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  for (const name of ['Now', 'Next', 'Later', 'Long term']) {
    expect(await titlesIn(other, name)).toEqual(await titlesIn(page, name));
  }
  const again = await exportBoard(other);
  // The same board, which now also remembers the file it was made from.
  const { basedOn, ...board } = JSON.parse(again.text).board;
  expect(board).toEqual(exported.board);
  expect(basedOn).toBe(exported.exportedAt);
  await fresh.close();
});

test('importing a board that is already here can add a copy and change nothing else', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  const file = await exportBoard(page);
  await card(page, 'Swap first qualified referrals').focus();
  await page.keyboard.press('Delete');
  await page.getByRole('link', { name: 'Partner Horizons' }).click();
  await importThroughPicker(page, file);
  const choose = page.getByRole('dialog', { name: '“Acme Analytics” is already here' });
  await choose.getByRole('button', { name: 'Add as a separate copy' }).click();
  const list = page.getByRole('list', { name: 'Boards' });
  await expect(list.getByRole('link')).toHaveCount(2);
  await expect(list.getByRole('link', { name: 'Acme Analytics (imported)' })).toBeVisible();
  await list.getByRole('link', { name: 'Acme Analytics', exact: true }).click();
  await expect(card(page, 'Swap first qualified referrals')).toHaveCount(0);
});

test('a teammate’s edited copy merges back without losing either side’s work', async ({
  page,
  browser,
}) => {
  await createBoard(page, 'Acme Analytics');
  const original = await exportBoard(page);

  // The teammate opens the file in their own browser and works on it.
  const theirs = await browser.newContext();
  const mei = await theirs.newPage();
  await mei.goto('/');
  await importThroughPicker(mei, original);
  await mei
    .getByRole('status', { name: 'Notifications' })
    .getByRole('button', { name: 'Open' })
    .click();
  await mei.getByRole('textbox', { name: 'Add a milestone to Next' }).fill('From Mei');
  await mei.getByRole('textbox', { name: 'Add a milestone to Next' }).press('Enter');
  await card(mei, 'Swap first qualified referrals').click();
  await mei.getByRole('textbox', { name: 'Owner' }).fill('Mei');
  await mei.getByRole('button', { name: 'Save' }).click();
  await expect(card(mei, 'Swap first qualified referrals')).toContainText('Mei');
  const edited = await exportBoard(mei);
  await theirs.close();

  // Meanwhile, here.
  await page.getByRole('textbox', { name: 'Add a milestone to Later' }).fill('From Dana');
  await page.getByRole('textbox', { name: 'Add a milestone to Later' }).press('Enter');
  await card(page, 'Joint webinar for shared customers').focus();
  await page.keyboard.press('Delete');

  await page.getByRole('link', { name: 'Partner Horizons' }).click();
  await importThroughPicker(page, edited);
  await page
    .getByRole('dialog', { name: '“Acme Analytics” is already here' })
    .getByRole('button', { name: 'Merge into my board' })
    .click();
  const summary = page.getByRole('dialog', { name: 'Merged into “Acme Analytics”' });
  await expect(summary).toContainText('Added (1)');
  await expect(summary).toContainText('From Mei');
  await expect(summary).toContainText('Changed (1)');
  await expect(summary).not.toContainText('Changed on both sides');
  await summary.getByRole('button', { name: 'Open board' }).click();

  await expect.poll(() => titlesIn(page, 'Next')).toContain('From Mei');
  await expect.poll(() => titlesIn(page, 'Later')).toContain('From Dana');
  await expect(card(page, 'Swap first qualified referrals')).toContainText('Mei');
  await expect(card(page, 'Joint webinar for shared customers')).toHaveCount(0);

  // The whole merge is one step to undo.
  await page.getByRole('toolbar', { name: 'Board' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titlesIn(page, 'Next')).not.toContain('From Mei');
  await expect(card(page, 'Swap first qualified referrals')).not.toContainText('Mei');
  await expect.poll(() => titlesIn(page, 'Later')).toContain('From Dana');
});

test('bad files are refused with a specific message and change nothing', async ({ page }) => {
  await page.goto('/');
  const cases = [
    {
      name: 'notes.txt',
      text: 'just some notes',
      message: /notes\.txt”: This is not a board file/,
    },
    { name: 'empty.json', text: '', message: /The file is empty/ },
    {
      name: 'drawing.json',
      text: '{"type":"excalidraw"}',
      message: /not a Partner Horizons board/,
    },
    {
      name: 'future.partner-board.json',
      text: '{"type":"partner-horizons/board","version":7,"board":{}}',
      message: /made with a newer version of Partner Horizons/,
    },
  ];
  for (const bad of cases) {
    await importThroughPicker(page, bad);
    const dialog = page.getByRole('dialog', { name: 'Nothing was imported' });
    await expect(dialog.getByRole('alert')).toHaveText(bad.message);
    if (bad.name === 'notes.txt') {
      // The plain words say what to do; what a developer would want is folded away.
      await dialog.getByText('Technical details').click();
      await expect(dialog.getByText(/not valid JSON/)).toBeVisible();
    }
    await dialog.getByRole('button', { name: 'OK' }).click();
  }
  await expect(
    page.getByRole('heading', { name: 'Lay out where a partnership could go' }),
  ).toBeVisible();
});

test('a file with some bad milestones imports them all, repaired, and says what was done', async ({
  page,
}) => {
  await page.goto('/');
  const text = JSON.stringify({
    type: 'partner-horizons/board',
    version: 1,
    board: {
      id: 'partial',
      title: 'Globex',
      horizons: [{ id: 'now', title: 'Now' }],
      milestones: [
        { id: 'a', horizonId: 'now', title: 'Kept' },
        { id: 'b', horizonId: 'now', title: 'Too sure', confidence: 140 },
        { id: 'c', horizonId: 'now', title: '<img src=x onerror=alert(1)>' },
      ],
    },
  });
  await importThroughPicker(page, { name: 'globex.partner-board.json', text });
  const dialog = page.getByRole('dialog', { name: 'Imported, with notes' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Set the confidence of milestone “Too sure” to 100: it was 140, outside 0–100.',
  ]);
  // The upgrade from an older format is news, not something lost: it is not in the list.
  await expect(dialog).toContainText(
    'Brought up to date from an older version of the app (format 1); nothing was lost.',
  );
  await dialog.getByRole('button', { name: 'Open board' }).click();
  await expect
    .poll(() => titlesIn(page, 'Now'))
    .toEqual(['Kept', 'Too sure', '<img src=x onerror=alert(1)>']);
  await expect(horizon(page, 'Now').locator('img')).toHaveCount(0);
});

test('a backup restores every board, and a dropped file is imported', async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
  await createBoard(page, 'Globex', 'empty');
  await page.getByRole('link', { name: 'Partner Horizons' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up all' }).click(),
  ]);
  const backup = await readFile((await download.path())!, 'utf8');

  const list = page.getByRole('list', { name: 'Boards' });
  for (const title of ['Acme Analytics', 'Globex']) {
    await page.getByRole('button', { name: `Delete ${title}` }).click();
  }
  await expect(
    page.getByRole('heading', { name: 'Lay out where a partnership could go' }),
  ).toBeVisible();

  // Drop the backup onto the page, as from a file manager.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'backup.json', { type: 'application/json' }));
    return transfer;
  }, backup);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Imported 2 boards.',
  );
  await expect(list.getByRole('link')).toHaveCount(2);
});
