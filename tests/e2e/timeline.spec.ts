import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  card,
  createBoard,
  dragTo,
  expectNoSeriousViolations,
  exportBoard,
  horizon,
  importAndOpen,
  importThroughPicker,
  lift,
  titlesIn,
  waitForSaved,
} from './support';

/**
 * The timeline (issue 16): a workshop saves the board as it stands, the board moves on, and
 * the snapshot still shows how things stood; it survives a reload, travels in the file, and
 * can become a board of its own.
 */
test('a snapshot keeps the board as it stood, through a reload and the board file', async ({
  page,
  browser,
}) => {
  await createBoard(page, 'Acme Analytics');
  const first = (await titlesIn(page, 'Now'))[0]!;

  await page.getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline' });
  await expect(timeline.getByText(/No snapshots yet/)).toBeVisible();
  await timeline.getByRole('textbox', { name: 'Snapshot name' }).fill('January workshop');
  await timeline.getByRole('textbox', { name: 'Snapshot name' }).press('Enter');
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('listitem')).toContainText('January workshop');
  await expectNoSeriousViolations(page);
  await timeline.getByRole('button', { name: 'Done' }).click();

  // The board moves on: its first card goes from Now to Next.
  await dragTo(page, card(horizon(page, 'Now'), first), horizon(page, 'Next'));
  await expect(card(horizon(page, 'Next'), first)).toBeVisible();
  await waitForSaved(page);
  await page.reload();
  await expect(card(horizon(page, 'Next'), first)).toBeVisible();

  // The snapshot, after the reload, still has the card in Now, read-only.
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Open “January workshop”' }).click();
  const bar = page.getByRole('region', { name: 'Snapshot', exact: true });
  await expect(bar).toContainText('Snapshot “January workshop”, saved');
  const column = (name: string) =>
    page.locator('section').filter({ has: page.getByRole('heading', { name: `${name} 2` }) });
  await expect(column('Now')).toContainText(first);
  await expect(column('Next')).not.toContainText(first);
  await expect(page.getByRole('button', { name: new RegExp(`^${first}`) })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // Export: the board as it stood, as a file of its own.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: 'Export' }).click(),
  ]);
  const then = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(then.board.title).toBe('Acme Analytics – January workshop');
  expect(then.board.timeline).toBeUndefined();

  // Restore as a new board: a board of its own, the original unchanged.
  await bar.getByRole('button', { name: 'Restore as a new board' }).click();
  await expect(
    page.getByRole('button', { name: 'Board title: Acme Analytics – January workshop' }),
  ).toBeVisible();
  await expect(card(horizon(page, 'Now'), first)).toBeVisible();

  // The original's file carries the snapshot; a fresh browser reads it back.
  await page.goBack();
  await page.goBack();
  await expect(card(horizon(page, 'Next'), first)).toBeVisible();
  const file = await exportBoard(page);
  const exported = JSON.parse(file.text);
  expect(exported.version).toBe(6);
  expect(exported.board.timeline.snapshots.map((s: { name: string }) => s.name)).toEqual([
    'January workshop',
  ]);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await importAndOpen(other, file);
  await other.getByRole('button', { name: 'Timeline' }).click();
  const theirs = other.getByRole('dialog', { name: 'Timeline' });
  await expect(theirs.getByRole('listitem').filter({ hasText: 'January workshop' })).toBeVisible();
  // The move was logged, and the log came with the file too.
  await expect(theirs.getByRole('region', { name: 'Decision log' })).toContainText(
    `${first}: Now → Next`,
  );
  await fresh.close();
});

/**
 * A January workshop saves a snapshot; the board moves on with reasons noted as it goes; a
 * March review compares with January and sees every move with its reason.
 */
test('a March review sees every move since January with its reason, weighs a scenario, adopts it, and a fresh browser gets it all back', async ({
  page,
  browser,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline' });
  await timeline.getByRole('textbox', { name: 'Snapshot name' }).fill('January workshop');
  await timeline.getByRole('textbox', { name: 'Snapshot name' }).press('Enter');
  await timeline.getByRole('button', { name: 'Done' }).click();

  // A drag: the board asks why, and Enter keeps the reason.
  const integration = 'Native integration in both products';
  await dragTo(page, card(horizon(page, 'Next'), integration), horizon(page, 'Later'));
  const prompt = page.getByRole('region', { name: 'Why it changed' });
  await expect(prompt).toContainText(`“${integration}”: Next → Later.`);
  await expectNoSeriousViolations(page);
  await prompt
    .getByRole('textbox', { name: 'Why? (optional)' })
    .fill('Their API slipped a quarter');
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();

  // A keyboard move: the card keeps the focus; W goes to the why, Enter keeps it and gives
  // the focus back to the card.
  const webinar = 'Joint webinar for shared customers';
  await lift(card(horizon(page, 'Now'), webinar));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(prompt).toContainText('Now → Next');
  await expect(card(horizon(page, 'Next'), webinar)).toBeFocused();
  await page.keyboard.press('w');
  await expect(prompt.getByRole('textbox', { name: 'Why? (optional)' })).toBeFocused();
  await page.keyboard.type('Marketing wants it after the launch');
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
  await expect(card(horizon(page, 'Next'), webinar)).toBeFocused();

  // Another: Escape skips, and the card still has the focus.
  await lift(card(horizon(page, 'Now'), 'Swap first qualified referrals'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(card(horizon(page, 'Next'), 'Swap first qualified referrals')).toBeFocused();
  await waitForSaved(page);

  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Compare “January workshop” with now' }).click();
  const details = page.getByRole('region', { name: /^What changed from January workshop/ });
  await expect(details).toContainText('3 moved later.');
  await expect(details).toContainText(
    `${integration}: Next → Later — “Their API slipped a quarter”`,
  );
  await expect(details).toContainText(
    'Joint webinar for shared customers: Now → Next — “Marketing wants it after the launch”',
  );
  await expect(details).toContainText(
    'Swap first qualified referrals: Now → Next — no reason given',
  );
  await expect(page.getByText('From Next').first()).toBeVisible();
  await expect(page.getByText('Why: Their API slipped a quarter')).toBeVisible();
  await expectNoSeriousViolations(page);

  // A scenario: forked, changed, weighed against the main board, adopted as the plan.
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await page.getByRole('button', { name: 'Timeline' }).click();
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  await scenarios.getByRole('textbox', { name: 'Scenario name' }).fill('They acquire us');
  await scenarios.getByRole('button', { name: 'Fork as scenario' }).click();
  await scenarios.getByRole('link', { name: 'Open the scenario “They acquire us”' }).click();
  await expect(
    page.getByRole('button', { name: 'Board title: Acme Analytics – They acquire us' }),
  ).toBeVisible();
  await dragTo(
    page,
    card(horizon(page, 'Long term'), 'The partner acquires us'),
    horizon(page, 'Later'),
  );
  await expect(prompt).toContainText('Long term → Later');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Compare with the main board' }).click();
  await expect(
    page.getByRole('region', {
      name: 'How the scenario “They acquire us” differs from the main board',
    }),
  ).toContainText('1 moved earlier.');
  await expect(page.getByText('From Long term')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goBack();
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Adopt as the plan' }).click();
  await expect(
    page.getByRole('button', { name: 'Board title: Acme Analytics – They acquire us' }),
  ).toBeHidden();
  await expect(card(horizon(page, 'Later'), 'The partner acquires us')).toBeVisible();
  await waitForSaved(page);

  // Everything goes in the backup, and a fresh browser gets it all back.
  await page.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up all' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await importThroughPicker(other, { name: download.suggestedFilename(), text });
  const rows = other.getByRole('list', { name: 'Boards' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Scenario: They acquire us');
  await rows.nth(0).getByRole('link', { name: 'Acme Analytics' }).click();
  await expect(card(horizon(other, 'Later'), 'The partner acquires us')).toBeVisible();
  await other.getByRole('button', { name: 'Timeline' }).click();
  const theirs = other.getByRole('dialog', { name: 'Timeline' });
  await expect(theirs.getByRole('listitem').filter({ hasText: 'January workshop' })).toBeVisible();
  await expect(theirs.getByRole('region', { name: 'Decision log' })).toContainText(
    'Their API slipped a quarter',
  );
  await expect(theirs.getByRole('region', { name: 'Scenarios' })).toContainText('They acquire us');
  await fresh.close();
});
