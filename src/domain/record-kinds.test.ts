import { describe, expect, it } from 'vitest';
import { idSchema, type Board } from './schema';
import { makeBoard, makeMilestone } from '../testing/factories';
import { restoreOver, restoreMilestone } from '../testing/restore-over';

const ids = (board: Board) => Object.keys(board.milestones);

describe('repairs of a milestone or horizon', () => {
  it.each([
    [
      { confidence: '80' },
      { confidence: 80 },
      'Set the confidence of milestone “Swap leads” to 80: it was “80”.',
    ],
    [
      { confidence: 70.6 },
      { confidence: 71 },
      'Set the confidence of milestone “Swap leads” to 71: it was 70.6.',
    ],
    [
      { confidence: -5 },
      { confidence: 0 },
      'Set the confidence of milestone “Swap leads” to 0: it was -5, outside 0–100.',
    ],
    [
      { confidence: 'high' },
      {},
      'Cleared the confidence of milestone “Swap leads”: “high” is not a number.',
    ],
    [{ type: 42 }, {}, 'Left the type of milestone “Swap leads” not set: it could not be read.'],
    [
      { example: 'yes' },
      {},
      'Dropped the example mark of milestone “Swap leads”: it could not be read.',
    ],
    [
      { impact: 9 },
      { impact: 5 },
      'Set the impact of milestone “Swap leads” to 5: it was 9, outside 1–5.',
    ],
    [
      { impact: [] },
      { impact: 3 },
      'Set the impact of milestone “Swap leads” to 3: it could not be read.',
    ],
    [
      { status: 'wip' },
      { status: 'idea' },
      'Set the status of milestone “Swap leads” to “Idea”: “wip” is not a status this app knows.',
    ],
    [
      { owner: 'o'.repeat(81) },
      { owner: 'o'.repeat(80) },
      'Cut the owner of milestone “Swap leads” to 80 characters.',
    ],
    [{ owner: 42 }, { owner: '42' }, 'Read the owner of milestone “Swap leads” (42) as text.'],
    [
      { notes: { text: 'x' } },
      { notes: '' },
      'Cleared the notes of milestone “Swap leads”: it was not text.',
    ],
    [
      { title: 't'.repeat(201) },
      { title: 't'.repeat(200) },
      `Cut the title of milestone “${'t'.repeat(60)}” to 200 characters.`,
    ],
    [
      { title: '', notes: 'Call them' },
      { title: 'Untitled milestone' },
      'Named milestone #1 “Untitled milestone”: it had no title.',
    ],
    [
      { customType: 'c'.repeat(41), type: 'custom' },
      { customType: 'c'.repeat(40), type: 'custom' },
      'Cut the custom type of milestone “Swap leads” to 40 characters.',
    ],
    [
      { customType: ['x'] },
      {},
      'Dropped the custom type of milestone “Swap leads”: it was not text.',
    ],
    [
      { targetDate: { day: 1 } },
      {},
      'Dropped the target date of milestone “Swap leads”: it could not be read.',
    ],
    [
      { position: 'top' },
      { position: 0 },
      'Put milestone “Swap leads” in its order in the file: its position could not be read.',
    ],
    [
      { createdAt: 'yesterday' },
      { createdAt: makeBoard().createdAt },
      'Reset the creation time of milestone “Swap leads”: “yesterday” is not a time this app reads.',
    ],
  ])('%j becomes %j', (fields, expected, warning) => {
    const { milestone, warnings, repaired } = restoreMilestone(fields);
    expect(milestone).toMatchObject(expected);
    // A field the repair could not read is left out, not guessed.
    for (const field of ['customType', 'confidence', 'type', 'example'])
      if (!(field in expected) && field in fields) expect(milestone).not.toHaveProperty(field);
    expect(warnings).toEqual([warning]);
    expect(repaired).toBe(true);
  });

  it('leaves a type and a confidence nobody gave unset, quietly', () => {
    for (const fields of [
      { type: undefined },
      { type: null, confidence: null },
      { type: '', confidence: ' ' },
    ]) {
      const { milestone, warnings } = restoreMilestone({ ...fields, impact: 'x' });
      expect(milestone.type).toBeUndefined();
      expect(milestone.confidence).toBeUndefined();
      expect(warnings).toEqual([
        'Set the impact of milestone “Swap leads” to 3: “x” is not a number.',
      ]);
    }
  });

  it('tidies tags: cuts long ones, drops empty ones, keeps at most 20', () => {
    const tags = [
      ' a ',
      '',
      't'.repeat(41),
      7,
      null,
      ...Array.from({ length: 20 }, (_, i) => `n${i}`),
    ];
    const { milestone, warnings } = restoreMilestone({ tags });
    expect(milestone.tags).toEqual([
      'a',
      't'.repeat(40),
      '7',
      ...Array.from({ length: 17 }, (_, i) => `n${i}`),
    ]);
    expect(warnings).toEqual([
      'Tidied the tags of milestone “Swap leads”: cut 1 to 40 characters; dropped 2 that were empty or not text; dropped 3 beyond the 20 a milestone holds.',
    ]);
  });

  it('gives an invalid, reserved or repeated id a fresh one that collides with nothing', () => {
    const result = restoreOver({
      milestones: [
        makeMilestone({ id: 'a b', title: 'Spaced' }),
        makeMilestone({ id: 'hasOwnProperty', title: 'Reserved' }),
        makeMilestone({ id: 'm', title: 'First' }),
        makeMilestone({ id: 'm', title: 'Second' }),
        { ...makeMilestone({ title: 'No id' }), id: undefined },
      ],
    });
    const board = result.board;
    expect(Object.values(board.milestones).map((m) => m.title)).toEqual([
      'Spaced',
      'Reserved',
      'First',
      'Second',
      'No id',
    ]);
    expect(new Set(ids(board)).size).toBe(5);
    expect(board.milestones.m!.title).toBe('First');
    for (const id of ids(board)) expect(idSchema.safeParse(id).success).toBe(true);
    expect(result.warnings).toEqual([
      'Gave milestone “Spaced” a new id: “a b” is not an id this app can use.',
      'Gave milestone “Reserved” a new id: “hasOwnProperty” is not an id this app can use.',
      'Gave milestone “Second” a new id: another milestone had the same one.',
      'Gave milestone “No id” an id: it had none.',
    ]);
  });

  it('keeps a milestone in its horizon when that horizon’s id had to be replaced', () => {
    const result = restoreOver({
      horizons: [
        { id: 'h0', title: 'Now', timeframe: '' },
        { id: 'later on', title: 'Later', timeframe: '' },
      ],
      milestones: { m: makeMilestone({ id: 'm', horizonId: 'later on' }) },
    });
    const later = result.board.horizons[1]!;
    expect(later.title).toBe('Later');
    expect(result.board.milestones.m!.horizonId).toBe(later.id);
    expect(result.warnings).toEqual([
      'Gave horizon “Later” a new id: “later on” is not an id this app can use.',
    ]);
  });

  it('skips what holds nothing readable, and says why', () => {
    const result = restoreOver({
      milestones: [{}, { id: 'x', horizonId: 'h0', confidence: 80 }, 'text', null],
      values: [{ id: 'v', side: 'ours', text: '  ' }],
      participants: [{ id: 'p', color: 'blue' }],
      rounds: [{ id: 'r', dots: 2 }],
      horizons: [{ id: 'h0', title: 'Now' }, { note: 'nothing' }],
    });
    expect(ids(result.board)).toEqual([]);
    expect(result.board.horizons.map((h) => h.id)).toEqual(['h0']);
    expect(result.warnings).toEqual([
      'Skipped horizon #2: it has no id, title or timeframe.',
      'Skipped milestone #1: it has no title and no other text.',
      'Skipped milestone #2: it has no title and no other text.',
      'Skipped milestone #3: it could not be read.',
      'Skipped milestone #4: it could not be read.',
      'Skipped value #1: it has no text.',
      'Skipped participant #1: it has no name.',
      'Skipped voting round #1: it has no title, dots or results.',
    ]);
  });
  it('never replaces a board’s horizons for a fixable field; holds at most 20', () => {
    const horizons = [
      { id: 'h0', title: '' },
      { id: 'h1', title: 'Next', timeframe: 18 },
      ...Array.from({ length: 19 }, (_, i) => ({ id: `x${i}`, title: `X${i}` })),
    ];
    const result = restoreOver({
      horizons,
      milestones: { m: makeMilestone({ id: 'm', horizonId: 'x18' }) },
    });
    const kept = result.board.horizons;
    expect(kept).toHaveLength(20);
    expect(kept.slice(0, 2)).toEqual([
      { id: 'h0', title: 'Horizon 1', timeframe: '' },
      { id: 'h1', title: 'Next', timeframe: '18' },
    ]);
    expect(result.board.milestones.m!.horizonId).toBe('h0');
    expect(result.warnings).toEqual([
      'Named horizon #1 “Horizon 1”: it had no title.',
      'Read the timeframe of horizon “Next” (18) as text.',
      'Skipped horizon “X18”: a board holds at most 20 horizons.',
      'Moved milestone “Swap leads” to Horizon 1: its horizon was missing.',
    ]);
  });
});
