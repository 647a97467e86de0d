import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addAsCopy, importFile, mergeIntoBoard } from './import-boards';
import { updateMilestone } from '../../domain/milestones';
import { resetStore } from '../../testing/render-app';
import { useBoardsStore } from '../../store/boards-store';
import { stringifyFile, toBoardFile, MAX_IMPORT_BYTES } from '../../domain/board-file';
import { makeBoard } from '../../testing/factories';

const file = (text: string, name = 'board.json') =>
  new File([text], name, { type: 'application/json' });

describe('importFile', () => {
  beforeEach(() => resetStore([makeBoard({ 0: ['A'] }, { id: 'here', title: 'Here' })]));

  it('adds the boards of a good file and reports them', async () => {
    const board = makeBoard({}, { id: 'new', title: 'New' });
    const outcome = await importFile(file(stringifyFile(toBoardFile(board, { app: 'test' }))));
    expect(outcome).toEqual({
      ok: true,
      report: {
        added: [{ id: 'new', title: 'New' }],
        notes: [],
        notices: [],
        details: [],
        alreadyHere: [],
      },
    });
    expect(useBoardsStore.getState().boardIds).toEqual(['here', 'new']);
  });

  it('remembers when the file was exported, as the copy’s origin', async () => {
    const board = makeBoard({}, { id: 'new' });
    const when = '2026-05-01T00:00:00.000Z';
    await importFile(file(stringifyFile(toBoardFile(board, { app: 'test', now: when }))));
    expect(useBoardsStore.getState().boards.new!.basedOn).toBe(when);
  });

  it('hands back a board that is already here, then adds it as a copy or merges it', async () => {
    const before = useBoardsStore.getState().boards.here!;
    const theirs = updateMilestone(before, 'a', { owner: 'Mei' }, '2026-06-01T00:00:00.000Z');
    const outcome = await importFile(file(stringifyFile(toBoardFile(theirs, { app: 'test' }))));
    expect(outcome.ok && outcome.report.added).toEqual([]);
    expect(useBoardsStore.getState().boards.here).toBe(before);
    const [pending] = outcome.ok ? outcome.report.alreadyHere : [];

    expect(addAsCopy(pending!).title).toBe('Here (imported)');
    expect(useBoardsStore.getState().boards.here).toBe(before);

    const summary = mergeIntoBoard(pending!);
    expect(summary?.conflicts).toEqual([
      '“A” was changed on both sides; kept the file’s later edit.',
    ]);
    expect(useBoardsStore.getState().boards.here!.milestones.a!.owner).toBe('Mei');
    useBoardsStore.getState().undo('here');
    expect(useBoardsStore.getState().boards.here).toBe(before);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = {
      name: 'huge.json',
      size: MAX_IMPORT_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    } as unknown as File;
    expect(await importFile(big)).toEqual({
      ok: false,
      error: expect.stringMatching(/^“huge.json” is 10.0 MB; a board file is at most 10 MB\.$/),
    });
  });

  it('never changes the stored boards when a file is refused, whatever it holds', async () => {
    const before = useBoardsStore.getState();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
          fc.string(),
        ),
        async (text) => {
          const outcome = await importFile(file(text));
          if (!outcome.ok) {
            expect(useBoardsStore.getState().boards).toBe(before.boards);
            expect(useBoardsStore.getState().boardIds).toBe(before.boardIds);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
