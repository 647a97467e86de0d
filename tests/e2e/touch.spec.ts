import { expect, test, type Page } from '@playwright/test';
import { card, createBoard, horizon, titlesIn } from './support';

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

/** A finger: press, hold past the pick-up delay, slide, lift — through Chromium's touch input. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: point ? [{ x: point.x, y: point.y }] : [],
    });
  await touch('touchStart', from);
  await page.waitForTimeout(350);
  const steps = 15;
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    });
  }
  await touch('touchMove', { x: to.x, y: to.y + 2 });
  await touch('touchEnd');
}

test('on a tablet a card is picked up with press-and-hold and dropped in another horizon', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  const source = (await card(page, 'Swap first qualified referrals').boundingBox())!;
  const target = (await horizon(page, 'Next')
    .locator('[aria-roledescription="milestone"]')
    .last()
    .boundingBox())!;
  await touchDrag(
    page,
    { x: source.x + source.width / 2, y: source.y + source.height / 2 },
    { x: target.x + target.width / 2, y: target.y + target.height - 4 },
  );
  await expect.poll(() => titlesIn(page, 'Now')).toEqual(['Joint webinar for shared customers']);
  await expect.poll(() => titlesIn(page, 'Next')).toContain('Swap first qualified referrals');
});
