import { expect, test } from '@playwright/test';
import { card, createBoard, expectNoSeriousViolations, horizon, lift, titlesIn } from './support';

test('a filter dims or hides what does not match, lives in the address, and "/" jumps to it', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search milestones' });
  await expect(search).toBeFocused();
  await page.keyboard.type('partner');
  await expect(page).toHaveURL(/\?q=partner$/);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('4 of 8 match');
  await expect(card(page, 'Native integration in both products')).toHaveAccessibleName(
    /does not match the filter$/,
  );
  await expect(card(page, 'Minority investment in the partner')).not.toHaveAccessibleName(
    /does not match/,
  );

  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Hide the rest' }).check();
  await expect(page).toHaveURL(/\?q=partner&show=matching$/);
  await expect.poll(() => titlesIn(page, 'Next')).toEqual([]);
  await expect(
    horizon(page, 'Next').getByText('No milestone here matches the filter.'),
  ).toBeVisible();
  await expect(horizon(page, 'Now').getByLabel('1 of 2 milestones shown')).toBeVisible();

  // The address reproduces the view.
  await page.reload();
  await expect(search).toHaveValue('partner');
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(['Swap first qualified referrals']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveCount(0);
});

test('a link with a filter opens filtered, and a drop among hidden cards lands where it was put', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  const url = new URL(page.url());
  await page.goto(`${url.pathname}?status=idea&show=matching`);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('idea');
  // Now shows neither of its cards (committed, exploring); Later shows both ideas.
  await expect.poll(() => titlesIn(page, 'Now')).toEqual([]);
  await expect
    .poll(() => titlesIn(page, 'Later'))
    .toEqual(['Co-built product for a shared segment', 'Minority investment in the partner']);
  const moving = card(page, 'Minority investment in the partner');
  await lift(moving);
  await page.keyboard.press('ArrowLeft');
  await expect(card(horizon(page, 'Next'), 'Minority investment in the partner')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(moving).not.toHaveAttribute('aria-pressed', 'true');

  await page.goto(url.pathname);
  // Among all of Next's cards, it sits after the idea it was dropped beside, not at the top.
  await expect
    .poll(() => titlesIn(page, 'Next'))
    .toEqual([
      'Native integration in both products',
      'Minority investment in the partner',
      'Enter a new region together',
    ]);
});

test('cards the filter looks past stay readable, on the horizons and on the ladder', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  await page.getByRole('searchbox', { name: 'Search milestones' }).fill('partner');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('4 of 8 match');
  await expect(card(page, 'Native integration in both products')).toHaveAccessibleName(
    /does not match the filter$/,
  );
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Ladder', exact: true }).click();
  await expect(card(page, 'Enter a new region together')).toHaveAccessibleName(
    /does not match the filter$/,
  );
  await expectNoSeriousViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a new filter brings its first match into sight, on the horizons and on the ladder', async ({
    page,
  }) => {
    await createBoard(page, 'Acme Analytics');
    const search = page.getByRole('searchbox', { name: 'Search milestones' });
    // The last horizon is off to the side, out of sight.
    const far = card(page, 'The partner acquires us');
    await expect(far).not.toBeInViewport();
    await search.fill('acquires');
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 of 8 match');
    await expect(far).toBeInViewport();

    await search.fill('');
    await page.getByRole('button', { name: 'Ladder', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Milestones by type and horizon' })).toBeVisible();
    await expect(far).not.toBeInViewport();
    await search.fill('acquires');
    await expect(far).toBeInViewport();
    // The ladder scrolls inside itself; the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
