import { expect, test } from '@playwright/test';
import { card, createBoard, expectNoSeriousViolations, horizon } from './support';

/** A year and a half from today, as the date field takes it: well inside Next (6–18 months)… */
const monthsAhead = (months: number) => {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

test('a card dated outside its horizon is flagged, and the editor offers the right one', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  const webinar = 'Joint webinar for shared customers';
  await card(horizon(page, 'Now'), webinar).click();
  const editor = page.getByRole('dialog', { name: 'Edit milestone' });
  await editor.getByLabel('Target date').fill(monthsAhead(12));
  const offer = editor.getByRole('status').filter({ hasText: 'target date' });
  await expect(offer).toContainText('Its target date falls in Next (6–18 months).');
  await expectNoSeriousViolations(page);
  // Saved where it was: the card says its date belongs elsewhere.
  await editor.getByRole('button', { name: 'Save' }).click();
  const flagged = card(horizon(page, 'Now'), webinar);
  await expect(flagged).toHaveAccessibleName(/its date falls in Next, not Now$/);
  await expect(flagged.getByTitle('Its date falls in Next, not Now')).toBeVisible();

  // Taking the offer moves it, and the flag goes.
  await flagged.click();
  await editor.getByRole('button', { name: 'Put it in Next' }).click();
  await editor.getByRole('button', { name: 'Save' }).click();
  await page.keyboard.press('Escape'); // no why this time
  const moved = card(horizon(page, 'Next'), webinar);
  await expect(moved).toBeVisible();
  await expect(moved).not.toHaveAccessibleName(/its date falls/);
});

test('rolling the horizons on a quarter shows what now sits outside its horizon, and Undo takes it back', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('button', { name: 'Timeline' }).click();
  const section = page.getByRole('region', { name: 'Horizons on the calendar' });
  await expect(section).toContainText(
    'Every dated milestone sits in the horizon its date falls in.',
  );
  await section.getByRole('button', { name: 'Roll on to next quarter' }).click();
  // The webinar, due in two months, is now before the first horizon starts.
  await expect(section).toContainText('1 milestone is dated outside its horizon:');
  await expect(section).toContainText('Joint webinar for shared customers');
  await expect(section).toContainText('no horizon holds its date');
  await expectNoSeriousViolations(page);
  await page
    .getByRole('dialog', { name: 'Timeline' })
    .getByRole('button', { name: 'Done' })
    .click();
  const webinar = card(horizon(page, 'Now'), 'Joint webinar for shared customers');
  await expect(webinar).toHaveAccessibleName(/its date is outside every horizon$/);
  await page.keyboard.press('Control+z');
  await expect(webinar).not.toHaveAccessibleName(/its date/);
});
