import { describe, expect, it } from 'vitest';
import { restoreBoard, restoreBoardDocument, toBoardDocument } from './restore';
import { BOARD_DOCUMENT_TYPE, BOARD_SCHEMA_VERSION, boardDocumentSchema } from './schema';
import { createBoard } from './boards';
import { makeBoard, makeMilestone } from '../testing/factories';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function docWith(milestones: unknown, extra: Record<string, unknown> = {}) {
  const board = makeBoard();
  return {
    type: BOARD_DOCUMENT_TYPE,
    version: BOARD_SCHEMA_VERSION,
    board: { ...json(board), milestones, ...extra },
  };
}

describe('restoreBoardDocument', () => {
  it('gives back an equal board for what the app itself wrote', () => {
    const board = createBoard({ title: 'Acme', template: 'starter' });
    const result = restoreBoardDocument(json(toBoardDocument(board)));
    expect(result).toEqual({
      ok: true,
      board,
      warnings: [],
      notices: [],
      details: [],
      repaired: false,
    });
    expect(boardDocumentSchema.safeParse(toBoardDocument(board)).success).toBe(true);
  });

  it.each([
    ['a string', 'hello', /^This is not a Partner Horizons board\. Choose a file exported/],
    ['null', null, /^This is not a Partner Horizons board\./],
    ['an array', [], /^This is not a Partner Horizons board\./],
    ['another kind of JSON', { type: 'excalidraw', version: 2 }, /^This is not a Partner Horizons/],
    ['no type', { version: 1, board: {} }, /^This is not a Partner Horizons board\./],
    ['no version', { type: BOARD_DOCUMENT_TYPE, board: {} }, /does not say which version/],
    [
      'a fractional version',
      { type: BOARD_DOCUMENT_TYPE, version: 1.5, board: {} },
      /does not say which version/,
    ],
    [
      'a newer version',
      { type: BOARD_DOCUMENT_TYPE, version: 7, board: {} },
      /made with a newer version of Partner Horizons/,
    ],
    ['no board', { type: BOARD_DOCUMENT_TYPE, version: 1 }, /holds no board/],
  ])('refuses %s with a message a person understands', (_name, input, message) => {
    const result = restoreBoardDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('fills in what is missing', () => {
    const result = restoreBoardDocument({
      type: BOARD_DOCUMENT_TYPE,
      version: BOARD_SCHEMA_VERSION,
      board: {
        id: 'b1',
        horizons: [{ id: 'h0', title: 'Now' }],
        milestones: { m1: { id: 'm1', horizonId: 'h0', title: 'Swap leads' } },
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    // Filling in what an older or foreign file did not have is not a repair.
    expect(result.repaired).toBe(false);
    expect(result.board).toMatchObject({
      title: 'Untitled board',
      vision: '',
      whyUs: '',
      whyThem: '',
      agreedBy: '',
      values: [],
      participants: [],
      rounds: [],
      partner: { name: '', kinds: [], notes: '' },
    });
    expect(result.board).not.toHaveProperty('agreedOn');
    expect(result.board.horizons).toEqual([{ id: 'h0', title: 'Now', timeframe: '' }]);
    // A type and a confidence nobody gave stay not set.
    expect(result.board.milestones.m1).not.toHaveProperty('type');
    expect(result.board.milestones.m1).not.toHaveProperty('confidence');
    expect(result.board.milestones.m1).toMatchObject({
      notes: '',
      owner: '',
      impact: 3,
      status: 'idea',
      tags: [],
      position: 0,
    });
  });

  it('repairs invalid milestones, skips only what holds nothing, and says which', () => {
    const result = restoreBoardDocument(
      docWith({
        good: makeMilestone({ id: 'good' }),
        bad: makeMilestone({ id: 'bad', title: 'Too sure', confidence: 150 }),
        empty: makeMilestone({ id: 'empty', title: '  ' }),
        text: 'not a milestone',
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.board.milestones)).toEqual(['good', 'bad']);
    expect(result.board.milestones.bad!.confidence).toBe(100);
    expect(result.warnings).toEqual([
      'Set the confidence of milestone “Too sure” to 100: it was 150, outside 0–100.',
      'Skipped milestone #3: it has no title and no other text.',
      'Skipped milestone #4: it could not be read.',
    ]);
    expect(result.repaired).toBe(true);
  });

  it('keeps an unknown type as a custom one, and says so', () => {
    const result = restoreBoardDocument(
      docWith({ m: makeMilestone({ id: 'm', type: 'joint-venture' as never }) }),
    );
    expect(result.ok && result.board.milestones.m).toMatchObject({
      type: 'custom',
      customType: 'joint-venture',
    });
    expect(result.ok && result.warnings).toEqual([
      'Made milestone “Swap leads” a custom milestone, “joint-venture”: that type is not one this app knows.',
    ]);
  });

  it('accepts milestones as an array too', () => {
    const result = restoreBoardDocument(
      docWith([makeMilestone({ id: 'a' }), makeMilestone({ id: 'b' })]),
    );
    expect(result.ok && Object.keys(result.board.milestones)).toEqual(['a', 'b']);
  });

  it('gives repeated ids fresh ones and moves milestones whose horizon is gone', () => {
    const result = restoreBoardDocument(
      docWith(
        [
          makeMilestone({ id: 'a' }),
          makeMilestone({ id: 'a', title: 'Again' }),
          makeMilestone({ id: 'c', horizonId: 'gone' }),
        ],
        {
          horizons: [
            { id: 'h0', title: 'Now', timeframe: '' },
            { id: 'h0', title: 'Twice', timeframe: '' },
            { id: 'h1', title: '' },
          ],
        },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { horizons, milestones } = result.board;
    expect(horizons.map((h) => h.title)).toEqual(['Now', 'Twice', 'Horizon 3']);
    expect(horizons.map((h) => h.id)).toEqual(['h0', expect.not.stringMatching(/^h0$/), 'h1']);
    expect(milestones.c!.horizonId).toBe('h0');
    const again = Object.values(milestones).find((m) => m.title === 'Again')!;
    expect(again.id).not.toBe('a');
    expect(Object.keys(milestones)).toEqual(['a', again.id, 'c']);
    expect(result.warnings).toEqual([
      'Gave horizon “Twice” a new id: another horizon had the same one.',
      'Named horizon #3 “Horizon 3”: it had no title.',
      'Gave milestone “Again” a new id: another milestone had the same one.',
      'Moved milestone “Swap leads” to Now: its horizon was missing.',
    ]);
  });

  it('gives a board with no readable horizon the default ones', () => {
    const result = restoreBoard({ id: 'b', title: 'T', horizons: [42] });
    expect(result.ok && result.board.horizons.map((h) => h.title)).toEqual([
      'Now',
      'Next',
      'Later',
      'Long term',
    ]);
    expect(result.ok && result.warnings).toEqual([
      'Skipped horizon #1: it could not be read.',
      'No horizon could be read, so the default horizons were added.',
    ]);
  });

  it('refuses a board without a usable id', () => {
    const result = restoreBoard({ id: '../etc', title: 'T' });
    expect(result).toEqual({
      ok: false,
      reason: 'unreadable',
      error: expect.stringMatching(/^This board is damaged: it has lost its id/),
      details: expect.stringMatching(/^id must be 1–64 letters, digits/),
    });
  });
});
