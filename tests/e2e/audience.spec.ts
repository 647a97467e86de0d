import { expect, test } from '@playwright/test';
import { card, createBoard, expectNoSeriousViolations, exportBoard, readRecord } from './support';

test('what is marked internal stays with the team: out of the partner file without a trace, marked in ours', async ({
  page,
}) => {
  await createBoard(page, 'Acme Analytics');
  // The starter template keeps the acquisition rungs internal, and the card says so in words.
  const acquire = card(page, 'We acquire the partner');
  await expect(acquire).toHaveAccessibleName(/^We acquire the partner, internal, our team only,/);
  await expect(acquire.getByText('Internal', { exact: true })).toBeVisible();

  // One more, by keyboard in the editor: a milestone whose notes alone stay internal.
  await card(page, 'Swap first qualified referrals').click();
  const editor = page.getByRole('dialog', { name: 'Edit milestone' });
  await editor.getByRole('textbox', { name: 'Notes' }).fill('Their CTO leaves in March');
  const notesInternal = editor.getByRole('checkbox', { name: /^Keep the notes internal/ });
  await notesInternal.focus();
  await page.keyboard.press('Space');
  await expect(notesInternal).toBeChecked();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, 'Swap first qualified referrals')).toHaveAccessibleName(
    /has internal notes$/,
  );

  const stored = (await readRecord(page, `board:${page.url().split('/').pop()}`)) as {
    board: { milestones: Record<string, { title: string }> };
  };
  const secretIds = Object.values(stored.board.milestones)
    .filter((m) => /acqui/.test(m.title))
    .map((m) => (m as { id?: string }).id!);
  expect(secretIds).toHaveLength(2);

  // The choice is asked first, and read out with what it leaves out.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const who = page.getByRole('group', { name: 'Who is it for?' });
  await expect(who.getByRole('radio', { name: /^Partner view/ })).toBeChecked();
  await expect(who).toContainText(
    'Internal on this board: 2 milestones and the notes of 1 milestone. Everything below leaves them out.',
  );
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Close' }).click();

  const forPartner = await exportBoard(page, 'Partner view');
  for (const secret of [
    'We acquire the partner',
    'The partner acquires us',
    'Their CTO leaves in March',
    ...secretIds,
    'internal',
    'Internal',
  ])
    expect(forPartner.text).not.toContain(secret);
  expect(forPartner.text).toContain('Swap first qualified referrals');

  const forUs = await exportBoard(page, 'Internal');
  expect(forUs.text).toContain('We acquire the partner');
  expect(forUs.text).toContain('Their CTO leaves in March');
  expect(forUs.text).toContain('"notesInternal": true');
  expect(forUs.text.match(/"internal": true/g)).toHaveLength(2);
});
