import { expect, test } from '@playwright/test';
import { card, createBoard, horizon, waitForSaved } from './support';

test('two tabs on one board stay in step, and neither loses the other’s edit', async ({
  page,
  context,
}) => {
  await createBoard(page, 'Acme Analytics');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(horizon(other, 'Now')).toBeVisible();

  const add = async (p: typeof page, where: string, title: string) => {
    const field = p.getByRole('textbox', { name: `Add a milestone to ${where}` });
    await field.fill(title);
    await field.press('Enter');
  };

  // An edit in one tab shows in the other within a second.
  await add(page, 'Now', 'Edited in the first tab');
  await expect(card(horizon(other, 'Now'), 'Edited in the first tab')).toBeVisible({
    timeout: 1_500,
  });
  await add(other, 'Later', 'Edited in the second tab');
  await expect(card(horizon(page, 'Later'), 'Edited in the second tab')).toBeVisible({
    timeout: 1_500,
  });
  await waitForSaved(page);
  await waitForSaved(other);

  for (const p of [page, other]) {
    await p.reload();
    await expect(card(horizon(p, 'Now'), 'Edited in the first tab')).toBeVisible();
    await expect(card(horizon(p, 'Later'), 'Edited in the second tab')).toBeVisible();
  }
});

test('a board created in one tab appears on the other tab’s list', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  await createBoard(page, 'Globex');
  await expect(other.getByRole('link', { name: /Globex/ }).first()).toBeVisible({
    timeout: 1_500,
  });
});
