import { expect, test } from '@playwright/test';
import { createBoard } from './support';

test('a timebox counts down in the corner, pauses, takes a minute more, survives a reload and ends calmly', async ({
  page,
}) => {
  await page.clock.install();
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('button', { name: 'Timer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Timebox' });
  await dialog.getByRole('spinbutton', { name: 'Or minutes of your own' }).fill('0');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog.getByText('Choose between 1 and 180 minutes.')).toBeVisible();
  await dialog.getByRole('button', { name: '2 minutes' }).click();

  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer).toContainText('2:00');
  await page.clock.fastForward('00:30');
  await expect(timer).toContainText('1:30');

  await timer.getByRole('button', { name: 'Pause' }).click();
  await expect(timer.getByRole('status')).toHaveText('Timer paused at 1:30.');
  await page.clock.fastForward('01:00');
  await expect(timer).toContainText('1:30');
  await timer.getByRole('button', { name: '+1 min' }).click();
  await expect(timer).toContainText('2:30');
  await timer.getByRole('button', { name: 'Resume' }).click();

  // The timebox stays in view while presenting: the time for the room, not the buttons.
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
  const shownTimer = show.getByRole('region', { name: 'Timer' });
  await expect(shownTimer).toBeVisible();
  // The clock runs while the page works: on a loaded machine seconds pass between steps.
  await expect(shownTimer).toContainText(/2:[0-3]\d/);
  await expect(shownTimer.getByRole('button')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(timer.getByRole('button', { name: '+1 min' })).toBeVisible();

  await page.reload();
  await expect(timer).toContainText(/2:[0-3]\d/);
  await page.clock.fastForward('02:31');
  await expect(timer).toContainText('Time’s up');
  await expect(timer.getByRole('status')).toHaveText('Time is up.');
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  await expect(timer).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(timer).toHaveCount(0);
});
