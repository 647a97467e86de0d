import { expect, test } from '@playwright/test';
import { card, createBoard, horizon, titlesIn, touchDrag } from './support';

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

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
