import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { card, createBoard, dragTo, horizon } from './support';
import { RELAY_PORTS, relayUrl } from './ports';

/**
 * The app talks to nobody but its own origin, and its Content-Security-Policy holds: every
 * request and WebSocket of a session that uses every feature is recorded, and so is every
 * violation. The build names live-session relays (as a team's would): outside a live session
 * none of them is reached.
 */
test('using every feature requests nothing beyond the app’s own files and breaks no CSP rule', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const watch = (p: Page) => {
    p.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    p.on('websocket', (socket) => foreign.push(socket.url()));
    p.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  };
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  watch(page);

  // The policy is there, in the built page.
  await page.goto('/');
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveAttribute(
    'content',
    /default-src 'self'.*object-src 'none'.*base-uri 'none'/,
  );
  // The relays it may reach are named, each of them, and nothing else: no wildcard.
  const connect = (await policy.getAttribute('content'))!
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('connect-src'));
  expect(connect).toBe(`connect-src 'self' ${RELAY_PORTS.map(relayUrl).join(' ')}`);

  // Boards, milestones, drag and drop, filter.
  await createBoard(page, 'Acme Analytics');
  const quickAdd = page.getByRole('textbox', { name: 'Add a milestone to Now' });
  await quickAdd.fill('A new idea');
  await quickAdd.press('Enter');
  await dragTo(page, card(page, 'A new idea'), horizon(page, 'Next'));
  await page.getByRole('searchbox', { name: 'Search milestones' }).fill('referrals');
  await page.getByRole('searchbox', { name: 'Search milestones' }).fill('');

  // Vision, values, vote, timer, presenting, ladder.
  await page.getByRole('button', { name: /^Values/ }).click();
  const values = page.getByRole('dialog', { name: 'Values alignment' });
  await values.getByRole('textbox', { name: 'Add one of our values' }).fill('Trust');
  await values.getByRole('textbox', { name: 'Add one of our values' }).press('Enter');
  await values.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  const vote = page.getByRole('dialog', { name: 'Dot voting' });
  await vote.getByRole('textbox', { name: 'Participant name' }).fill('Ana');
  await vote.getByRole('textbox', { name: 'Participant name' }).press('Enter');
  await vote.getByRole('button', { name: 'Start voting' }).click();
  await page.getByRole('radio', { name: /Ana/ }).check();
  await card(page, 'Swap first qualified referrals').click();
  await page.getByRole('button', { name: 'Close round' }).click();
  // The ranking opens (its code loads on first use); Escape closes it once it is there.
  await expect(page.getByRole('dialog', { name: 'Ranking: Round 1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Ranking: Round 1' })).toBeHidden();
  await page.getByRole('button', { name: 'Timer' }).click();
  await page
    .getByRole('dialog', { name: 'Timebox' })
    .getByRole('button', { name: '2 minutes' })
    .click();
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Presenting Acme Analytics' });
  await expect(show).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await page.getByRole('button', { name: 'Ladder', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Horizons', exact: true }).click();
  // Looking at how to go live loads its code, and reaches no relay until someone goes live.
  await page.getByRole('button', { name: 'Live', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Go live' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Every way out: board file, image, brief, share link, the shared page, backup, import.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share and export' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    share.getByRole('button', { name: 'Download board file' }).click(),
  ]);
  await Promise.all([
    page.waitForEvent('download'),
    share.getByRole('button', { name: 'Save image' }).click(),
  ]);
  await share.getByRole('button', { name: 'Copy brief' }).click();
  await share.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.keyboard.press('Escape');
  const shared = await context.newPage();
  watch(shared);
  await shared.goto(link);
  await expect(shared.getByText('A shared board, read-only.')).toBeVisible();
  await page.goto('/');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up all' }).click(),
  ]);
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: 'acme.partner-board.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await readFile((await file.path())!)),
    });
  await expect(page.getByRole('dialog')).toBeVisible();

  const reported = [
    ...(await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? [])),
    ...(await shared.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
  expect(foreign).toEqual([]);
  expect([...violations, ...reported]).toEqual([]);
});
