import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { restoreBoardDocument } from './restore';
import { repairRecord } from './repair';
import { newContext, text } from './repair-rules';
import { BOARD_DOCUMENT_TYPE, LIMITS, idSchema, isoDateTime } from './schema';
import { makeMilestone } from '../testing/factories';
import { restoreOver, restoreMilestone } from '../testing/restore-over';

describe('a partly damaged board (issues 9 and 12)', () => {
  it('keeps a milestone whose target date is not an ISO date, with the date in its notes', () => {
    const { milestone, warnings, repaired } = restoreMilestone({
      title: 'Native integration',
      notes: 'Agreed in the call.',
      targetDate: '31/03/2027',
    });
    expect(milestone).toMatchObject({
      id: 'm',
      title: 'Native integration',
      notes: 'Agreed in the call.\n\nTarget date as written: 31/03/2027',
    });
    expect(milestone).not.toHaveProperty('targetDate');
    expect(warnings).toEqual([
      'Kept the target date of milestone “Native integration” (31/03/2027) in its notes: it is not a date this app reads.',
    ]);
    expect(repaired).toBe(true);
  });

  it('keeps the target date within the notes limit', () => {
    const { milestone, warnings } = restoreMilestone({
      title: 'Full',
      notes: 'n'.repeat(LIMITS.notes),
      targetDate: 'next spring',
    });
    expect(milestone.notes.length).toBe(LIMITS.notes);
    expect(milestone.notes.endsWith('\n\nTarget date as written: next spring')).toBe(true);
    expect(warnings).toEqual([
      'Kept the target date of milestone “Full” (next spring) in its notes: it is not a date this app reads. Cut the notes to 4,963 characters to make room.',
    ]);
  });

  it('cuts notes of 5,001 characters to 5,000 and keeps the milestone', () => {
    const { milestone, warnings, repaired } = restoreMilestone({
      title: 'Native integration',
      notes: 'x'.repeat(5001),
    });
    expect(milestone.notes).toBe('x'.repeat(5000));
    expect(warnings).toEqual([
      'Cut the notes of milestone “Native integration” to 5,000 characters.',
    ]);
    expect(repaired).toBe(true);
  });

  it('keeps two horizons whose title and timeframe are 61 characters, cut, with their milestones', () => {
    const long = (c: string) => c.repeat(61);
    const result = restoreOver({
      horizons: [
        { id: 'h0', title: long('a'), timeframe: long('b') },
        { id: 'h1', title: long('c'), timeframe: long('d') },
      ],
      milestones: {
        m0: makeMilestone({ id: 'm0', horizonId: 'h0' }),
        m1: makeMilestone({ id: 'm1', horizonId: 'h1' }),
      },
    });
    expect(result.board.horizons).toEqual([
      { id: 'h0', title: 'a'.repeat(60), timeframe: 'b'.repeat(60) },
      { id: 'h1', title: 'c'.repeat(60), timeframe: 'd'.repeat(60) },
    ]);
    expect(result.board.milestones.m0!.horizonId).toBe('h0');
    expect(result.board.milestones.m1!.horizonId).toBe('h1');
    expect(result.warnings).toEqual([
      `Cut the title of horizon “${'a'.repeat(60)}” to 60 characters.`,
      `Cut the timeframe of horizon “${'a'.repeat(60)}” to 60 characters.`,
      `Cut the title of horizon “${'c'.repeat(60)}” to 60 characters.`,
      `Cut the timeframe of horizon “${'c'.repeat(60)}” to 60 characters.`,
    ]);
  });
});

describe('what is not a repair', () => {
  it('an upgrade of the format alone', () => {
    const result = restoreBoardDocument({
      type: BOARD_DOCUMENT_TYPE,
      version: 1,
      board: { id: 'old', title: 'Old', horizons: [{ id: 'h0', title: 'Now' }] },
    });
    expect(result).toMatchObject({
      ok: true,
      repaired: false,
      warnings: [],
      notices: [
        'Brought up to date from an older version of the app (format 1); nothing was lost.',
      ],
    });
  });

  it('fields an older or foreign file did not have, or left null', () => {
    const result = restoreOver({
      values: [{ id: 'v', side: 'ours', text: 'Trust' }],
      participants: [{ id: 'p', name: 'Ana María López' }],
      rounds: [{ id: 'r', title: 'Round 1', startedAt: '2026-01-02T00:00:00.000Z' }],
      milestones: { m: { id: 'm', horizonId: 'h0', title: 'Swap leads', notes: null } },
    });
    expect(result.warnings).toEqual([]);
    expect(result.repaired).toBe(false);
    expect(result.board.participants).toEqual([
      { id: 'p', name: 'Ana María López', initials: 'AL', color: 'blue' },
    ]);
    expect(result.board.rounds[0]).toMatchObject({ dots: 3, hidden: false, revealed: true });
    expect(result.board.milestones.m!.notes).toBe('');
  });
});

describe('repairRecord', () => {
  const schema = z.object({ id: idSchema, note: z.string(), at: z.optional(isoDateTime) });

  it('drops an optional field that no rule knows, and parses what it made again', () => {
    const candidate = { id: 'a', note: 7, at: 'soon' };
    const parsed = schema.safeParse(candidate);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const result = repairRecord(
      candidate,
      parsed.error.issues,
      schema,
      { note: text('note', 10) },
      'item “a”',
      newContext('2026-01-01T00:00:00.000Z'),
    );
    expect(result).toEqual({
      ok: true,
      value: { id: 'a', note: '7' },
      warnings: [
        'Read the note of item “a” (7) as text.',
        'Dropped the at of item “a”: it could not be read.',
      ],
    });
  });

  it('gives up, with the schema’s words, on a required field no rule knows', () => {
    const candidate = { id: 'a', note: 'n', extra: 1 };
    const strict = z.object({ id: idSchema, note: z.string(), count: z.number() });
    const parsed = strict.safeParse(candidate);
    if (parsed.success) throw new Error('expected a failure');
    expect(
      repairRecord(candidate, parsed.error.issues, strict, {}, 'item', newContext('')),
    ).toEqual({ ok: false, reason: 'count should be a number' });
  });
});
