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
    expect(result).toEqual({ ok: true, board, warnings: [], repaired: false });
    expect(boardDocumentSchema.safeParse(toBoardDocument(board)).success).toBe(true);
  });

  it.each([
    ['a string', 'hello', /not an object/],
    ['null', null, /not an object/],
    ['an array', [], /not an object/],
    [
      'another kind of JSON',
      { type: 'excalidraw', version: 2 },
      /not a Partner Horizons board \(its type is "excalidraw"\)/,
    ],
    ['no type', { version: 1, board: {} }, /its type is null/],
    ['no version', { type: BOARD_DOCUMENT_TYPE, board: {} }, /no valid format version/],
    [
      'a fractional version',
      { type: BOARD_DOCUMENT_TYPE, version: 1.5, board: {} },
      /no valid format version/,
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
    expect(result.board.milestones.m1).toMatchObject({
      type: 'custom',
      notes: '',
      owner: '',
      confidence: 50,
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
      'Skipped milestone #4: it is not an object.',
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
      'Vision',
    ]);
    expect(result.ok && result.warnings).toEqual([
      'Skipped horizon #1: it is not an object.',
      'No horizon could be read, so the default horizons were added.',
    ]);
  });

  it('refuses a board without a usable id', () => {
    const result = restoreBoard({ id: '../etc', title: 'T' });
    expect(result).toEqual({
      ok: false,
      reason: 'unreadable',
      error: expect.stringMatching(/^The board could not be read: id must be/),
    });
  });

  it('never lets a key pollute Object.prototype, and gives a reserved id a fresh one', () => {
    const hostile = JSON.parse(
      `{"type":"${BOARD_DOCUMENT_TYPE}","version":2,"board":{"id":"b","title":"T","horizons":[{"id":"h0","title":"Now"}],
        "milestones":{"__proto__":{"id":"__proto__","horizonId":"h0","title":"P","polluted":true},
                      "constructor":{"id":"constructor","horizonId":"h0","title":"C"},
                      "ok":{"id":"ok","horizonId":"h0","title":"Fine"}},
        "__proto__":{"polluted":true}}}`,
    );
    const result = restoreBoardDocument(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { milestones } = result.board;
    expect(Object.values(milestones).map((m) => m.title)).toEqual(['P', 'C', 'Fine']);
    expect(Object.keys(milestones)).not.toContain('__proto__');
    expect(Object.keys(milestones)).not.toContain('constructor');
    expect(milestones).not.toHaveProperty('P.polluted');
    expect(Object.getPrototypeOf(milestones)).toBe(Object.prototype);
    expect(result.warnings).toEqual([
      'Gave milestone “P” a new id: “__proto__” is not an id this app can use.',
      'Gave milestone “C” a new id: “constructor” is not an id this app can use.',
    ]);
  });

  it('keeps only known partnership kinds and cuts over-long text, and says so', () => {
    const result = restoreBoard({
      id: 'b',
      title: 'x'.repeat(500),
      partner: { name: 'Acme', kinds: ['integration', 'merger', 'integration'] },
      vision: 'v'.repeat(5000),
      agreedOn: '31/03/2027',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.partner.kinds).toEqual(['integration']);
    expect(result.board.title.length).toBe(120);
    expect(result.board.vision.length).toBe(2000);
    expect(result.board).not.toHaveProperty('agreedOn');
    expect(result.warnings).toEqual([
      'Dropped the day the vision was agreed on (“31/03/2027”): it is not a date this app reads.',
      'Cut the title of the board to 120 characters.',
      'Dropped 1 partnership kind this app does not know: “merger”.',
      'Cut the vision of the board to 2,000 characters.',
    ]);
    expect(result.repaired).toBe(true);
  });

  it('keeps and repairs values, participants and rounds and drops dots that cannot count', () => {
    const board = makeBoard({ 0: ['Swap leads'], 1: ['Joint webinar'] });
    const result = restoreBoard({
      ...json(board),
      agreedOn: 'not a day',
      values: [
        { id: 'v1', side: 'ours', text: 'Customer first' },
        { id: 'v2', side: 'nobody', text: 'Bad side', alignment: 'shared' },
        { id: 'v1', side: 'theirs', text: 'Twice', alignment: 'shared' },
      ],
      participants: [
        { id: 'p1', name: 'Ana', initials: 'AN', color: 'blue' },
        { id: 'p2', name: ' ', initials: '', color: 'green' },
      ],
      rounds: [
        {
          id: 'r1',
          title: 'First',
          dots: 1,
          hidden: false,
          revealed: true,
          votes: [
            { participantId: 'p1', milestoneId: 'swap-leads' },
            { participantId: 'p1', milestoneId: 'joint-webinar' },
          ],
          startedAt: '2026-01-02T00:00:00.000Z',
        },
        {
          id: 'r2',
          title: 'Second',
          dots: 3,
          hidden: true,
          revealed: false,
          votes: [
            { participantId: 'p1', milestoneId: 'swap-leads' },
            { participantId: 'p2', milestoneId: 'swap-leads' },
            { participantId: 'p1', milestoneId: 'gone' },
          ],
          startedAt: '2026-01-03T00:00:00.000Z',
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [, , twice] = result.board.values;
    expect(result.board.values).toEqual([
      { id: 'v1', side: 'ours', text: 'Customer first', alignment: 'open' },
      { id: 'v2', side: 'ours', text: 'Bad side', alignment: 'shared' },
      { id: expect.not.stringMatching(/^v1$/), side: 'theirs', text: 'Twice', alignment: 'shared' },
    ]);
    expect(twice!.id).toMatch(/^[\w-]{12}$/);
    expect(result.board.participants.map((p) => p.id)).toEqual(['p1']);
    expect(result.board).not.toHaveProperty('agreedOn');
    const [first, second] = result.board.rounds;
    // Only the last round stays open; nobody keeps more dots than the round allows.
    expect(first).toMatchObject({
      closedAt: '2026-01-02T00:00:00.000Z',
      votes: [{ milestoneId: 'swap-leads' }],
    });
    expect(second!.closedAt).toBeUndefined();
    expect(second!.votes).toEqual([{ participantId: 'p1', milestoneId: 'swap-leads' }]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'Set the side of value “Bad side” to “Our values”: “nobody” is not a side this app knows.',
        'Gave value “Twice” a new id: another value had the same one.',
        'Skipped participant #2: it has no name.',
        'Dropped 1 dot of “First” that could not count.',
        'Closed voting round “First”: a later round had started.',
        'Dropped 2 dots of “Second” that could not count.',
      ]),
    );
  });
});
