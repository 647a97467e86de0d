import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  card,
  createBoard,
  dragTo,
  expectNoSeriousViolations,
  horizon,
  lift,
  titlesIn,
  waitForSaved,
} from './support';

test.beforeEach(async ({ page }) => {
  await createBoard(page, 'Acme Analytics');
});

/** Opens the vision details if the screen started them folded. */
async function showVisionDetails(page: Page) {
  const toggle = page.getByRole('button', { name: 'Why it matters and who agreed' });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

async function addValue(page: Page, side: 'our' | 'their', text: string) {
  const input = page
    .getByRole('dialog', { name: 'Values alignment' })
    .getByRole('textbox', { name: `Add one of ${side} values` });
  await input.fill(text);
  await input.press('Enter');
}

test('the vision panel and values are set by keyboard, summarised, and kept', async ({ page }) => {
  await showVisionDetails(page);
  const whyUs = page.getByRole('button', { name: /^Why it matters to us/ });
  await whyUs.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('A second route to market in EMEA');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: /^Why it matters to them/ }).click();
  await page.keyboard.type('Our customers need their data');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: /^Agreed by/ }).click();
  await page.keyboard.type('Ana and Ben');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Agreed on' }).fill('2026-11-20');

  // No shared value recorded yet: the board's Values summary says so once; no card repeats it.
  await expect(card(page, 'Native integration in both products')).not.toHaveAccessibleName(
    /shared value/,
  );
  await expect(page.getByText('No shared value yet')).toHaveCount(0);

  await page.getByRole('button', { name: /^Values/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Values alignment' });
  await addValue(page, 'our', 'Customer first');
  await addValue(page, 'our', 'Open standards');
  await addValue(page, 'their', 'Move fast');
  await addValue(page, 'their', '   ');
  await expect(dialog.getByText('Write the value in a few words')).toBeVisible();
  await dialog
    .getByRole('combobox', { name: 'How far do they share “Customer first”?' })
    .selectOption('They share it');
  await dialog
    .getByRole('combobox', { name: /Open standards/ })
    .selectOption('They partly share it');
  await dialog.getByRole('combobox', { name: /Move fast/ }).selectOption('We don’t share it');
  const summary = dialog.getByRole('region', { name: 'Alignment summary' });
  await expect(summary).toContainText('1 shared · 2 differ · 0 not discussed yet');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Open standards (ours) — they partly share it',
    'Move fast (theirs) — we don’t share it',
  ]);
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByRole('button', { name: /^Values/ })).toHaveText(/1 shared · 2 differ/);

  await waitForSaved(page);
  await page.reload();
  await showVisionDetails(page);
  await expect(page.getByRole('button', { name: /^Why it matters to us/ })).toHaveAccessibleName(
    'Why it matters to us: A second route to market in EMEA',
  );
  await expect(page.getByRole('button', { name: /^Agreed by/ })).toHaveAccessibleName(
    'Agreed by: Ana and Ben',
  );
  await expect(page.getByRole('textbox', { name: 'Agreed on' })).toHaveValue('2026-11-20');
  await expect(page.getByRole('button', { name: /^Values/ })).toHaveText(/1 shared · 2 differ/);
});

test('a hidden dot vote is cast by click and keyboard, revealed, ranked, closed and kept', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Dot voting' });
  await dialog.getByRole('button', { name: 'Start voting' }).click();
  await expect(dialog.getByText('Add the participants before starting a vote.')).toBeVisible();
  for (const name of ['Ana López', 'Ben Okafor']) {
    await dialog.getByRole('textbox', { name: 'Participant name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Participant name' }).press('Enter');
  }
  await expect(dialog.getByRole('listitem')).toHaveText(['ALAna López', 'BOBen Okafor']);
  await dialog.getByRole('spinbutton', { name: 'Dots per participant' }).fill('2');
  await dialog.getByRole('checkbox', { name: 'Hide dots until I reveal them' }).check();
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Start voting' }).click();

  const bar = page.getByRole('region', { name: 'Voting' });
  await expect(bar).toContainText('Round 1');
  // With nobody chosen a click still opens the card.
  await bar.getByRole('radio', { name: /Ana López/ }).check();
  await card(page, 'Native integration in both products').click();
  await expect(bar.getByRole('status')).toHaveText('Ana López: 1 of 2 dots left.');
  // The keyboard: focus a card, press V.
  await card(page, 'Swap first qualified referrals').focus();
  await page.keyboard.press('v');
  await expect(bar.getByRole('status')).toHaveText('Ana López: 0 of 2 dots left.');
  await page.keyboard.press('v');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Ana López has placed all 2 dots.',
  );
  await page.keyboard.press('Shift+V');
  await expect(bar.getByRole('status')).toHaveText('Ana López: 1 of 2 dots left.');
  await card(page, 'Native integration in both products').click();

  await bar.getByRole('radio', { name: /Ben Okafor/ }).check();
  // Hidden: Ben sees only his own dots, none yet.
  await expect(card(page, 'Native integration in both products')).not.toHaveAccessibleName(/dot/);
  await card(page, 'Native integration in both products').click();
  await expect(card(page, 'Native integration in both products')).toHaveAccessibleName(
    /1 of Ben Okafor’s dots/,
  );

  await waitForSaved(page);
  await page.reload();
  await bar.getByRole('button', { name: 'Reveal' }).click();
  await expect(card(page, 'Native integration in both products')).toHaveAccessibleName(/, 3 dots/);
  await expectNoSeriousViolations(page);
  await bar.getByRole('button', { name: 'Ranking' }).click();
  const ranking = page.getByRole('list', { name: 'Ranking of Round 1' });
  await expect(ranking.getByRole('listitem')).toHaveText([
    '1.Native integration in both products3 dots',
  ]);
  await page
    .getByRole('dialog', { name: 'Ranking: Round 1' })
    .getByRole('button', { name: 'Done' })
    .click();

  // The vote travels in the board file.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('dialog', { name: 'Share and export' })
      .getByRole('button', { name: 'Download board file' })
      .click(),
  ]);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file.board.participants.map((p: { name: string }) => p.name)).toEqual([
    'Ana López',
    'Ben Okafor',
  ]);
  expect(file.board.rounds[0].votes).toHaveLength(3);
  await page.keyboard.press('Escape');

  await bar.getByRole('button', { name: 'Close round' }).click();
  await expect(page.getByRole('dialog', { name: 'Ranking: Round 1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await dialog.getByText('Round 1', { exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Ranking of Round 1' })).toContainText(
    'Native integration in both products',
  );
});

test('futures are parked and achieved in the side areas, by mouse and keyboard', async ({
  page,
}) => {
  const parked = horizon(page, 'Parked / not doing');
  const achieved = horizon(page, 'Achieved');
  // A card dragged onto a folded strip opens it as a drawer, and lands there.
  await dragTo(page, card(page, 'We acquire the partner'), parked);
  await expect(card(parked, 'We acquire the partner')).toHaveAccessibleName(/status Parked/);
  await expect.poll(() => titlesIn(page, 'Long term')).toEqual(['The partner acquires us']);

  // Keyboard: lift, arrow right across the horizons into Achieved, drop.
  const webinar = card(page, 'Joint webinar for shared customers');
  await lift(webinar);
  for (const name of ['Next', 'Later', 'Long term', 'Parked / not doing', 'Achieved']) {
    await page.keyboard.press('ArrowRight');
    await expect(card(horizon(page, name), 'Joint webinar for shared customers')).toBeVisible();
  }
  await page.keyboard.press('Space');
  await expect(card(achieved, 'Joint webinar for shared customers')).toHaveAccessibleName(
    /status Achieved/,
  );
  await expect(achieved.getByLabel('1 milestone')).toBeVisible();

  // Folded, the area still takes a card.
  await achieved.getByRole('button', { name: 'Close Achieved' }).click();
  await dragTo(page, card(page, 'Swap first qualified referrals'), achieved);
  await expect(achieved.getByLabel('2 milestones')).toBeVisible();

  // Back onto a horizon: live again. The open drawer (Achieved, where the card landed) lies
  // over the strips; it is closed first.
  await achieved.getByRole('button', { name: 'Close Achieved' }).click();
  await parked.getByRole('button', { name: 'Open Parked / not doing' }).click();
  await dragTo(page, card(parked, 'We acquire the partner'), horizon(page, 'Later'), 0.9);
  await expect(card(horizon(page, 'Later'), 'We acquire the partner')).toHaveAccessibleName(
    /status Idea/,
  );
  await waitForSaved(page);
  await page.reload();
  await expect(achieved.getByLabel('2 milestones')).toBeVisible();
  await expect(parked.getByLabel('0 milestones')).toBeVisible();
});
