import { expect, test } from '@playwright/test';
import { card, createBoard, horizon, titlesIn, waitForSaved } from './support';

/** A day four years from now: inside Long term (3–5+ years), whenever the test runs. */
const inFourYears = `${new Date().getUTCFullYear() + 4}-06-30`;

test('milestones are added, edited in full and deleted, and all of it survives a reload', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');

  // Quick add keeps the field ready for the next idea.
  const quickAdd = page.getByRole('textbox', { name: 'Add a milestone to Later' });
  await quickAdd.fill('Shared roadmap review');
  await quickAdd.press('Enter');
  await quickAdd.fill('Partner advisory board');
  await quickAdd.press('Enter');
  await expect
    .poll(() => titlesIn(page, 'Later'))
    .toEqual([
      'Co-built product for a shared segment',
      'Minority investment in the partner',
      'Shared roadmap review',
      'Partner advisory board',
    ]);

  // The full editor, with messages for bad input.
  await page.getByRole('button', { name: 'Milestone', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New milestone' });
  await dialog.getByRole('spinbutton', { name: 'Confidence (%)' }).fill('150');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog.getByText('Give the milestone a title.')).toBeVisible();
  await expect(
    dialog.getByText('Confidence is a whole number from 0 to 100, or leave it empty.'),
  ).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Joint venture in APAC');
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('custom');
  await dialog.getByRole('textbox', { name: 'Custom type' }).fill('Joint venture');
  await dialog
    .getByRole('combobox', { name: 'Horizon' })
    .selectOption({ label: 'Long term (3–5+ years)' });
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption('Exploring');
  await dialog.getByRole('textbox', { name: 'Owner' }).fill('Mei');
  await dialog.getByRole('spinbutton', { name: 'Confidence (%)' }).fill('35');
  await dialog.getByRole('combobox', { name: 'Impact' }).selectOption('5');
  await dialog.getByLabel('Target date').fill(inFourYears);
  await dialog.getByRole('textbox', { name: 'Tags' }).fill('apac, board-level');
  await dialog
    .getByRole('textbox', { name: 'Notes' })
    .fill('Needs the executive sponsor on both sides.');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog).toBeHidden();
  const venture = card(horizon(page, 'Long term'), 'Joint venture in APAC');
  await expect(venture).toHaveAccessibleName(
    /^Joint venture in APAC, Joint venture, owner Mei, 35 % confident, status Exploring, target .+, tagged apac, board-level, has notes$/,
  );
  await expect(venture).toBeFocused();

  // Edit an existing card from the keyboard.
  await card(page, 'Swap first qualified referrals').focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit milestone' });
  await edit.getByRole('textbox', { name: 'Title' }).fill('Referral program live');
  await edit.getByRole('combobox', { name: 'Status' }).selectOption('Achieved');
  await edit.getByRole('button', { name: 'Save' }).click();
  // Achieved: it moves to the Achieved side area, and the app says so.
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Moved “Referral program live” to Achieved.',
  );
  const achieved = horizon(page, 'Achieved');
  await achieved.getByRole('button', { name: 'Open Achieved' }).click();
  await expect(card(achieved, 'Referral program live')).toContainText('Achieved');

  // Delete from the editor, then undo from the toast.
  await card(page, 'Joint webinar for shared customers').click();
  await edit.getByRole('button', { name: 'Delete milestone' }).click();
  await expect(card(page, 'Joint webinar for shared customers')).toHaveCount(0);
  await page
    .getByRole('status', { name: 'Notifications' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(card(page, 'Joint webinar for shared customers')).toBeVisible();

  // Delete with the Delete key.
  await card(page, 'Partner advisory board').focus();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Partner advisory board')).toHaveCount(0);

  await waitForSaved(page);
  await page.reload();
  await expect
    .poll(() => titlesIn(page, 'Later'))
    .toEqual([
      'Co-built product for a shared segment',
      'Minority investment in the partner',
      'Shared roadmap review',
    ]);
  await page.getByRole('button', { name: 'Open Achieved' }).click();
  await expect(card(horizon(page, 'Achieved'), 'Referral program live')).toContainText('Achieved');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Open Achieved' })).toBeFocused();
  await card(page, 'Joint venture in APAC').click();
  await expect(edit.getByRole('textbox', { name: 'Tags' })).toHaveValue('apac, board-level');
  await expect(edit.getByLabel('Target date')).toHaveValue(inFourYears);
  await expect(edit.getByRole('combobox', { name: 'Impact' })).toHaveValue('5');
  await expect(edit.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Needs the executive sponsor on both sides.',
  );
});

test('the partner name and vision are edited in place', async ({ page }) => {
  await createBoard(page, 'Acme Analytics', 'empty');
  await page.getByRole('button', { name: /^Vision statement:/ }).click();
  await page
    .getByRole('textbox', { name: 'Vision statement' })
    .fill('The default choice for every shared customer.');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: /^Partner name:/ }).click();
  await page.getByRole('textbox', { name: 'Partner name' }).fill('Acme Analytics GmbH');
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics GmbH');
  await expect(
    page.getByRole('button', {
      name: 'Vision statement: The default choice for every shared customer.',
    }),
  ).toBeVisible();
});
