import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Creates a board from the boards list and waits for it to open. */
export async function createBoard(
  page: Page,
  partner: string,
  template: 'starter' | 'empty' = 'starter',
): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('button', { name: /^(New board|Create your first board)$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await dialog.getByRole('textbox', { name: 'Partner' }).fill(partner);
  await dialog
    .getByRole('radio', { name: template === 'starter' ? /Starter template/ : /Empty board/ })
    .check();
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('region', { name: 'Now' })).toBeVisible();
}

/**
 * Adds milestones through a horizon's quick-add field, each typed in and submitted as a
 * person does, all in one round trip: setting a board of dozens of cards up one Playwright
 * action at a time took most of some tests' time. For set-up; tests of quick add type.
 */
export async function quickAdd(page: Page, horizonName: string, titles: readonly string[]) {
  const field = page.getByRole('textbox', { name: `Add a milestone to ${horizonName}` });
  await field.evaluate(async (element, all: readonly string[]) => {
    const input = element as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    // React applies each event's update before the next step (it flushes after the event).
    const settle = () => new Promise((resolve) => setTimeout(resolve));
    for (const title of all) {
      setValue.call(input, title);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      input.form!.requestSubmit();
      await settle();
    }
  }, titles);
  await expect(
    horizon(page, horizonName).getByText(titles[titles.length - 1]!, { exact: true }),
  ).toBeVisible();
}

export const horizon = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true });

/** A card by the start of its title. */
export const card = (scope: Page | Locator, title: string) =>
  scope.getByRole('button', {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  });

/** The titles of a horizon's cards, in order, as a person reads them. */
export async function titlesIn(page: Page, name: string): Promise<string[]> {
  const labels = await horizon(page, name)
    .locator('[aria-roledescription="milestone"]')
    .evaluateAll((cards) =>
      cards
        .map((c) => ({
          top: c.getBoundingClientRect().top,
          label: c.getAttribute('aria-label') ?? '',
        }))
        .sort((a, b) => a.top - b.top)
        .map((c) => c.label),
    );
  return labels.map((label) => label.split(',')[0]!);
}

/** Waits until every change is in IndexedDB: the header says so, then the store agrees. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/**
 * A real pointer drag, as TOOLCHAIN.md found reliable with dnd-kit: press, move 10 px to
 * activate, travel in steps, nudge so collision detection runs again, release.
 *
 * A target near the edge of a scroller makes dnd-kit scroll it while the pointer rests
 * there, so the target slides away from under the pointer (as it would from under a
 * person's hand, who would follow it). The pointer follows it too, until it stays put.
 */
export async function dragTo(
  page: Page,
  source: Locator,
  target: Locator,
  where = 0.5,
): Promise<void> {
  const from = (await source.boundingBox())!;
  // A target that goes once the card is over it (an empty horizon's hint) is not followed.
  const aim = async () => {
    const to = await target.boundingBox({ timeout: 1_000 }).catch(() => null);
    return to && { x: to.x + to.width / 2, y: to.y + to.height * where };
  };
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 5 });
  let at = (await aim())!;
  await page.mouse.move(at.x, at.y, { steps: 20 });
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(150);
    const next = await aim();
    if (!next || (Math.abs(next.x - at.x) < 2 && Math.abs(next.y - at.y) < 2)) break;
    at = next;
    await page.mouse.move(at.x, at.y, { steps: 5 });
  }
  await page.mouse.move(at.x, at.y + 2);
  await page.mouse.up();
}

/** A finger: press, hold past the pick-up delay, slide, lift — through Chromium's touch input. */
export async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
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

/** Lifts a focused draggable with Space and waits until it reports it is lifted. */
export async function lift(item: Locator): Promise<void> {
  await item.focus();
  await item.press('Space');
  await expect(item).toHaveAttribute('aria-pressed', 'true');
}

/** Runs axe on what is on screen and fails on serious or critical violations, listing them. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Writes one raw record into the app's IndexedDB store, as a damaged or foreign write would. */
export async function putRecord(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ([k, v]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('partner-horizons');
        request.onupgradeneeded = () => request.result.createObjectStore('kv');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(v, k as string);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [key, value] as const,
  );
}

/** Reads one record from the app's IndexedDB store (undefined when there is none). */
export async function readRecord(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('partner-horizons');
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise((resolve, reject) => {
      const get = db.transaction('kv').objectStore('kv').get(k);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return value;
  }, key);
}

/**
 * Downloads the open board's file through Share, as a person would: its name and text. For a
 * teammate (Internal, everything) unless the partner view is asked for.
 */
export async function exportBoard(
  page: Page,
  audience: 'Internal' | 'Partner view' = 'Internal',
): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.getByRole('radio', { name: new RegExp(`^${audience}`) }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download board file' }).click(),
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}

/** Imports a file, then opens the board it made from the toast, as a person does. */
export async function importAndOpen(page: Page, file: { name: string; text: string }) {
  await importThroughPicker(page, file);
  await page
    .getByRole('status', { name: 'Notifications' })
    .getByRole('button', { name: 'Open' })
    .click();
}

/** Imports a file through the boards list's Import button and the file picker. */
export async function importThroughPicker(page: Page, file: { name: string; text: string }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page
      .getByRole('button', { name: /^Import/ })
      .first()
      .click(),
  ]);
  await chooser.setFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
}
