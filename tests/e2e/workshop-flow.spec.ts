import { expect, test, type Page } from '@playwright/test';
import { card, createBoard, horizon, lift, titlesIn, waitForSaved } from './support';

/**
 * The "done when": a facilitator runs a workshop start to finish on one 1280×720
 * screen with keyboard and mouse, and everything is saved.
 */
test.use({ viewport: { width: 1280, height: 720 } });

async function quickAdd(page: Page, horizonName: string, title: string) {
  const field = page.getByRole('textbox', { name: `Add a milestone to ${horizonName}` });
  await field.fill(title);
  await field.press('Enter');
  await expect(card(horizon(page, horizonName), title)).toBeVisible();
}

test('a workshop from an empty board to an agreed, voted, presented and rearranged vision', async ({
  page,
}) => {
  await createBoard(page, 'Northwind', 'empty');

  // 1. The vision, why it matters, and the values.
  await page.getByRole('button', { name: /^Vision statement/ }).click();
  await page.keyboard.type('Northwind and we are the default analytics pair for mid-market retail');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: 'Why it matters and who agreed' }).click();
  await page.getByRole('button', { name: /^Why it matters to us/ }).click();
  await page.keyboard.type('A route into retail');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: /^Values/ }).click();
  const values = page.getByRole('dialog', { name: 'Values alignment' });
  await values.getByRole('textbox', { name: 'Add one of our values' }).fill('Customer first');
  await values.getByRole('textbox', { name: 'Add one of our values' }).press('Enter');
  await values.getByRole('combobox', { name: /Customer first/ }).selectOption('shared');
  await values.getByRole('button', { name: 'Done' }).click();

  // 2. A timed brainstorm: milestones typed in, one moved by keyboard.
  await page.getByRole('button', { name: 'Timer' }).click();
  await page
    .getByRole('dialog', { name: 'Timebox' })
    .getByRole('button', { name: '5 minutes' })
    .click();
  await expect(page.getByRole('region', { name: 'Timer' })).toContainText(/[45]:\d\d/);
  await quickAdd(page, 'Now', 'Swap referrals');
  await quickAdd(page, 'Now', 'Joint webinar');
  await quickAdd(page, 'Next', 'Connector in the marketplace');
  await lift(card(page, 'Joint webinar'));
  await page.keyboard.press('ArrowRight');
  await expect(card(horizon(page, 'Next'), 'Joint webinar')).toBeVisible();
  await page.keyboard.press('Space');
  await expect.poll(() => titlesIn(page, 'Next')).toContain('Joint webinar');
  await page
    .getByRole('region', { name: 'Timer' })
    .getByRole('button', { name: 'Stop the timer' })
    .click();

  // 3. A vote, hidden until revealed.
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  const vote = page.getByRole('dialog', { name: 'Dot voting' });
  for (const name of ['Ana', 'Ben']) {
    await vote.getByRole('textbox', { name: 'Participant name' }).fill(name);
    await vote.getByRole('textbox', { name: 'Participant name' }).press('Enter');
  }
  await vote.getByRole('checkbox', { name: 'Hide dots until I reveal them' }).check();
  await vote.getByRole('button', { name: 'Start voting' }).click();
  const bar = page.getByRole('region', { name: 'Voting' });
  await bar.getByRole('radio', { name: /Ana/ }).check();
  await card(page, 'Connector in the marketplace').click();
  await card(page, 'Connector in the marketplace').press('v');
  await bar.getByRole('radio', { name: /Ben/ }).check();
  await card(page, 'Connector in the marketplace').click();
  await card(page, 'Swap referrals').focus();
  await page.keyboard.press('v');
  await expect(bar.getByRole('status')).toHaveText('Ben: 1 of 3 dots left.');
  await bar.getByRole('button', { name: 'Reveal' }).click();
  await bar.getByRole('button', { name: 'Close round' }).click();
  const ranking = page.getByRole('list', { name: 'Ranking of Round 1' });
  await expect(ranking.getByRole('listitem').first()).toHaveText(
    '1.Connector in the marketplace3 dots',
  );
  await page.keyboard.press('Escape');

  // 4. Present the result horizon by horizon.
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presenting Northwind' });
  await expect(show).toContainText('Why it matters to us. A route into retail');
  await expect(show).toContainText('Values: 1 shared, 0 differ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(show.getByText('Next · 3 of 6')).toBeVisible();
  await expect(show).toContainText('3 dots');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();

  // 5. Rearrange on the ladder: the connector becomes an integration.
  await page.getByRole('button', { name: 'Ladder', exact: true }).click();
  await lift(card(page, 'Connector in the marketplace'));
  // Quick add gave it no type: it waits in the "Not set" rung on top. Down, rung by rung.
  await expect(page.getByRole('rowheader').first()).toHaveText('Not set');
  for (const rung of ['Leads & referrals', 'Co-marketing', 'Integration']) {
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[aria-live="assertive"]')).toContainText(`is over ${rung}, Next`);
  }
  await page.keyboard.press('Space');
  await expect(page.getByRole('cell', { name: /^Integration, Next: 1 milestone/ })).toBeVisible();

  // 6. Everything is saved.
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('cell', { name: /^Integration, Next: 1 milestone/ })).toBeVisible();
  await page.getByRole('button', { name: 'Horizons', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Vision statement/ })).toContainText(
    'default analytics pair',
  );
  await expect(page.getByRole('button', { name: /^Values/ })).toContainText('1 shared');
  await expect(card(horizon(page, 'Next'), 'Connector in the marketplace')).toHaveAccessibleName(
    /^Connector in the marketplace, Integration,/,
  );
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await vote.getByText('Round 1', { exact: true }).click();
  await expect(vote.getByRole('list', { name: 'Ranking of Round 1' })).toContainText(
    'Connector in the marketplace',
  );
});
