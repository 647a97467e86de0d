import { describe, expect, it } from 'vitest';
import { restoreBoard, restoreBoardDocument } from './restore';
import { BOARD_DOCUMENT_TYPE, BOARD_SCHEMA_VERSION } from './schema';
import { makeBoard } from '../testing/factories';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('restoreBoardDocument repairs', () => {
  it('never lets a key pollute Object.prototype, and gives a reserved id a fresh one', () => {
    const hostile = JSON.parse(
      `{"type":"${BOARD_DOCUMENT_TYPE}","version":${BOARD_SCHEMA_VERSION},"board":{"id":"b","title":"T","horizons":[{"id":"h0","title":"Now"}],
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
    // What a tool of its own put on the milestone is kept for it, as data and nothing more.
    expect(Object.values(milestones)[0]!.extensions).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(milestones)).toBe(Object.prototype);
    expect(result.warnings).toEqual([
      'Dropped the field “__proto__” of the board: its name is reserved by browsers.',
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
