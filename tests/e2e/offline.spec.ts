import { expect, test } from '@playwright/test';
import { card, createBoard, horizon, waitForSaved } from './support';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app opens and works with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await createBoard(page, 'Acme Analytics');
  await waitForSaved(page);
  // The offline copy is made a few seconds after the first load.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );

  await context.setOffline(true);
  await page.reload();
  await expect(horizon(page, 'Now')).toBeVisible();
  const add = page.getByRole('textbox', { name: 'Add a milestone to Now' });
  await add.fill('Written offline');
  await add.press('Enter');
  await waitForSaved(page);
  await page.reload();
  await expect(card(horizon(page, 'Now'), 'Written offline')).toBeVisible();
  // Another page of the app, never visited, opens offline too.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Acme Analytics' })).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest makes it installable', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: 'Partner Horizons',
    display: 'standalone',
    start_url: '/',
  });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});
