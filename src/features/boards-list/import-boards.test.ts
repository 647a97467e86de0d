import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importFile } from './import-boards';
import { resetStore } from '../../testing/render-app';
import { useBoardsStore } from '../../store/boards-store';
import { stringifyFile, toBoardFile, MAX_IMPORT_BYTES } from '../../domain/board-file';
import { makeBoard } from '../../testing/factories';

const file = (text: string, name = 'board.json') =>
  new File([text], name, { type: 'application/json' });

describe('importFile', () => {
  beforeEach(() => resetStore([makeBoard({ 0: ['A'] }, { id: 'here', title: 'Here' })]));

  it('adds the boards of a good file and reports them', async () => {
    const text = stringifyFile(
      toBoardFile(makeBoard({}, { id: 'new', title: 'New' }), { app: 'test' }),
    );
    const outcome = await importFile(file(text));
    expect(outcome).toEqual({
      ok: true,
      report: { added: [{ id: 'new', title: 'New' }], notes: [] },
    });
    expect(useBoardsStore.getState().boardIds).toEqual(['here', 'new']);
  });

  it('adds a copy under a new id when the board is already here', async () => {
    const before = useBoardsStore.getState().boards.here;
    const text = stringifyFile(
      toBoardFile(makeBoard({}, { id: 'here', title: 'Here' }), { app: 'test' }),
    );
    const outcome = await importFile(file(text));
    expect(outcome.ok && outcome.report.added[0]!.title).toBe('Here (imported)');
    expect(useBoardsStore.getState().boards.here).toBe(before);
    expect(useBoardsStore.getState().boardIds).toHaveLength(2);
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
