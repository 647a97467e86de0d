import { describe, expect, it } from 'vitest';
import { BOARD_MIGRATIONS, migrate, type Migration } from './migrations';
import { restoreBoardDocument } from './restore';
import { deepFreeze } from '../testing/factories';

/**
 * A made-up history, to prove the mechanism before a real second version exists:
 * version 1 kept the vision as `statement`, version 2 renamed it `vision`, version 3 added
 * `partner.kinds`.
 */
const madeUp: Migration[] = [
  {
    from: 1,
    name: 'rename statement to vision',
    up: (doc) => {
      const { statement, ...board } = doc.board as Record<string, unknown>;
      return { ...doc, board: { ...board, vision: statement ?? '' } };
    },
  },
  {
    from: 2,
    name: 'add partner kinds',
    up: (doc) => {
      const board = doc.board as Record<string, unknown>;
      const partner = (board.partner ?? {}) as Record<string, unknown>;
      return {
        ...doc,
        board: { ...board, partner: { ...partner, kinds: partner.kinds ?? ['other'] } },
      };
    },
  },
];

/** A frozen fixture of the made-up version 1. */
const versionOne = deepFreeze({
  type: 'partner-horizons/board',
  version: 1,
  board: {
    id: 'old',
    title: 'Old board',
    partner: { name: 'Acme', notes: '' },
    statement: 'Where we are heading',
    horizons: [{ id: 'h0', title: 'Now', timeframe: '' }],
    milestones: {},
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
});

describe('migrate', () => {
  it('applies each step in order without touching its input', () => {
    const result = migrate(versionOne, 1, 3, madeUp);
    expect(result).toMatchObject({
      ok: true,
      applied: ['rename statement to vision', 'add partner kinds'],
    });
    if (!result.ok) return;
    expect(result.doc.version).toBe(3);
    expect(result.doc.board).toMatchObject({
      vision: 'Where we are heading',
      partner: { kinds: ['other'] },
    });
    expect(result.doc.board).not.toHaveProperty('statement');
    expect(versionOne.board).toHaveProperty('statement');
  });

  it('does nothing for a current document', () => {
    expect(migrate(versionOne, 1, 1, madeUp)).toEqual({ ok: true, doc: versionOne, applied: [] });
  });

  it('says so when a step is missing or fails', () => {
    expect(migrate(versionOne, 0, 3, madeUp)).toEqual({
      ok: false,
      reason: 'missing-step',
      error: expect.stringMatching(/from format version 0/),
    });
    const throwing: Migration[] = [
      {
        from: 1,
        name: 'broken',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(migrate(versionOne, 1, 2, throwing)).toEqual({
      ok: false,
      reason: 'step-failed',
      error: expect.stringMatching(/failed: Error: boom/),
    });
  });

  it('is what restore runs for an older document', () => {
    const result = restoreBoardDocument(versionOne, madeUp, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.vision).toBe('Where we are heading');
    expect(result.board.partner.kinds).toEqual(['other']);
    expect(result.notices).toContain(
      'Brought up to date from an older version of the app (format 1); nothing was lost.',
    );
    expect(restoreBoardDocument({ ...versionOne, version: 1 }, [], 2)).toEqual({
      ok: false,
      reason: 'migration-failed',
      error: expect.stringMatching(
        /^This board was made with an older version of Partner Horizons/,
      ),
      details: expect.stringMatching(/No way to upgrade/),
    });
  });
});

/** A board as version 1 of the app stored it, frozen so a migration that mutates it throws. */
const storedByVersionOne = deepFreeze({
  type: 'partner-horizons/board',
  version: 1,
  board: {
    id: 'v1board',
    title: 'Acme',
    partner: { name: 'Acme', kinds: ['referral'], notes: '' },
    vision: 'Shared customers first',
    horizons: [{ id: 'h0', title: 'Now', timeframe: '0–6 months' }],
    milestones: {
      m1: {
        id: 'm1',
        horizonId: 'h0',
        position: 0,
        title: 'Swap leads',
        type: 'leads',
        notes: '',
        owner: 'Ana',
        confidence: 70,
        impact: 3,
        status: 'idea',
        tags: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
});

describe('the real migrations', () => {
  it('version 1 → 2 adds an empty vision panel, values, participants and rounds', () => {
    const result = migrate(storedByVersionOne, 1, 2);
    expect(result).toMatchObject({ ok: true, applied: [BOARD_MIGRATIONS[0]!.name] });
    if (!result.ok) return;
    expect(result.doc).toEqual({
      ...storedByVersionOne,
      version: 2,
      board: {
        ...storedByVersionOne.board,
        whyUs: '',
        whyThem: '',
        agreedBy: '',
        values: [],
        participants: [],
        rounds: [],
      },
    });
  });

  it('version 2 → 3 keeps every milestone as it was: each has its type and confidence', () => {
    const storedByVersionTwo = deepFreeze({ ...migrate(storedByVersionOne, 1, 2), version: 2 });
    const v2 = (storedByVersionTwo as { doc: Record<string, unknown> }).doc;
    const result = migrate(v2, 2, 3);
    expect(result).toMatchObject({ ok: true, applied: [BOARD_MIGRATIONS[1]!.name] });
    expect(result.ok && result.doc).toEqual({ ...v2, version: 3 });
    const restored = restoreBoardDocument(v2);
    expect(restored.ok && restored.board.milestones.m1).toMatchObject({
      type: 'leads',
      confidence: 70,
    });
  });

  it('version 4 → 5 reads a board as one with no timeline, its horizons on the calendar', () => {
    const v4: Record<string, unknown> = deepFreeze({
      ...(migrate(storedByVersionOne, 1, 4) as { doc: Record<string, unknown> }).doc,
      version: 4,
    });
    const result = migrate(v4, 4, 5);
    expect(result).toMatchObject({ ok: true, applied: [BOARD_MIGRATIONS[3]!.name] });
    const board = v4.board as { horizons: object[] };
    // Its horizons gain the span their timeframe says; the text stays as written.
    expect(result.ok && result.doc).toEqual({
      ...v4,
      version: 5,
      board: {
        ...board,
        horizons: [
          { ...board.horizons[0], span: { kind: 'relative', from: 0, to: 6, orMore: false } },
        ],
      },
    });
    const restored = restoreBoardDocument(v4);
    expect(restored.ok && restored.board.timeline).toBeUndefined();
  });

  it('version 5 → 6 reads a board as one with no links, changing nothing', () => {
    const v5: Record<string, unknown> = deepFreeze({
      ...(migrate(storedByVersionOne, 1, 5) as { doc: Record<string, unknown> }).doc,
      version: 5,
    });
    const result = migrate(v5, 5, 6);
    expect(result).toEqual({
      ok: true,
      doc: { ...v5, version: 6 },
      applied: [BOARD_MIGRATIONS[4]!.name],
    });
    const restored = restoreBoardDocument(v5);
    expect(restored.ok && restored.board.links).toBeUndefined();
  });

  it('a version 1 board restores whole, saying it was upgraded', () => {
    const result = restoreBoardDocument(storedByVersionOne);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.notices).toEqual([
      'Brought up to date from an older version of the app (format 1); nothing was lost.',
    ]);
    // An upgrade alone changes nothing that was there: not a repair.
    expect(result.repaired).toBe(false);
    expect(result.board.milestones.m1).toEqual(storedByVersionOne.board.milestones.m1);
    expect(result.board.vision).toBe('Shared customers first');
  });

  it('a version 1 milestone with notes over the limit is kept, its notes cut, and says so', () => {
    const m1 = storedByVersionOne.board.milestones.m1;
    const overLong = deepFreeze({
      ...storedByVersionOne,
      board: {
        ...storedByVersionOne.board,
        milestones: { m1: { ...m1, notes: 'x'.repeat(5001) } },
      },
    });
    const result = restoreBoardDocument(overLong);
    expect(result).toMatchObject({
      ok: true,
      repaired: true,
      notices: [
        'Brought up to date from an older version of the app (format 1); nothing was lost.',
      ],
      warnings: ['Cut the notes of milestone “Swap leads” to 5,000 characters.'],
    });
    expect(result.ok && result.board.milestones.m1).toEqual({ ...m1, notes: 'x'.repeat(5000) });
  });

  it('leaves a document without a board for restore to refuse', () => {
    const doc = deepFreeze({ type: 'partner-horizons/board', version: 1 });
    expect(migrate(doc, 1, 2)).toMatchObject({ ok: true, doc: { version: 2 } });
    expect(restoreBoardDocument(doc)).toMatchObject({
      ok: false,
      reason: 'no-board',
      error: 'This holds no board.',
    });
  });
});
