import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createBoard } from './support';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presenting at ${viewport.width}×${viewport.height}: vision, horizon by horizon, the whole board, Escape leaves`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await createBoard(page, 'Acme Analytics');
    await page.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
    await expect(show.getByRole('heading', { level: 1 })).toContainText(
      'Together we become the obvious choice',
    );
    await expect(show.getByText('Vision · 1 of 6')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(show.getByRole('heading', { level: 1 })).toHaveText('Now 0–6 months');
    await expect(show.getByText('Swap first qualified referrals')).toBeVisible();
    await show.getByRole('button', { name: 'Next' }).click();
    await expect(show.getByText('Next · 3 of 6')).toBeVisible();
    await page.keyboard.press('End');
    await expect(show.getByText('The whole board · 6 of 6')).toBeVisible();
    await expect(show.locator('.poster .card')).toHaveCount(8);
    await page.screenshot({ path: test.info().outputPath('present.png') });

    const { violations } = await new AxeBuilder({ page }).include('.present').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // Board shortcuts stay quiet while presenting.
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search milestones' })).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(show).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Now' })).toBeVisible();
  });
}
