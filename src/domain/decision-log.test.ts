import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changesWorthAsking,
  entriesBetween,
  entryFor,
  historyOf,
  mergeLogs,
  withWhy,
  type LogEntry,
} from './decision-log';
import { makeMilestone } from '../testing/factories';

const at = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();
const card = makeMilestone({ id: 'm1', horizonId: 'h1', status: 'exploring', confidence: 60 });

describe('what is worth a why', () => {
  it('a move, a change of status, or of confidence by 20 points or more', () => {
    expect(changesWorthAsking(card, { ...card, title: 'Renamed', notes: 'x' })).toEqual([]);
    expect(changesWorthAsking(card, { ...card, horizonId: 'h2' })).toEqual([
      { kind: 'place', from: 'h1', to: 'h2' },
    ]);
    expect(changesWorthAsking(card, { ...card, status: 'committed' })).toEqual([
      { kind: 'status', from: 'exploring', to: 'committed' },
    ]);
    expect(changesWorthAsking(card, { ...card, confidence: 45 })).toEqual([]);
    expect(changesWorthAsking(card, { ...card, confidence: 30 })).toEqual([
      { kind: 'confidence', from: 60, to: 30 },
    ]);
    // Saying how likely for the first time, or clearing it, is no change of belief.
    expect(changesWorthAsking(card, { ...card, confidence: undefined })).toEqual([]);
    expect(changesWorthAsking({ ...card, confidence: undefined }, card)).toEqual([]);
    // Parked: told once, as the move to the side area.
    expect(changesWorthAsking(card, { ...card, status: 'dropped' })).toEqual([
      { kind: 'place', from: 'h1', to: 'side:parked' },
    ]);
  });

  it('nothing for a card left as it was', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('idea', 'committed', 'dropped' as const),
        (confidence, status) => {
          const m = { ...card, confidence, status };
          expect(changesWorthAsking(m, { ...m })).toEqual([]);
        },
      ),
    );
  });

  it('logs the change with the title it had, and a why written later', () => {
    const entry = entryFor(
      card,
      { ...card, horizonId: 'h3', confidence: 30 },
      { id: 'e1', at: at(5), snapshotId: 's1' },
    )!;
    expect(entry).toEqual({
      id: 'e1',
      milestoneId: 'm1',
      title: card.title,
      at: at(5),
      changes: [
        { kind: 'place', from: 'h1', to: 'h3' },
        { kind: 'confidence', from: 60, to: 30 },
      ],
      why: '',
      snapshotId: 's1',
    });
    expect(entryFor(card, { ...card, notes: 'more' }, { id: 'e2', at: at(5) })).toBeUndefined();
    const told = withWhy(entry, '  The partner’s API   is late ', at(6));
    expect(told).toMatchObject({ why: 'The partner’s API is late', whyAt: at(6) });
    expect(withWhy(told, 'The partner’s API is late', at(7))).toBe(told);
  });
});

const arbEntry = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  milestoneId: fc.constantFrom('m1', 'm2'),
  title: fc.constant('Card'),
  at: fc.integer({ min: 1, max: 28 }).map(at),
  changes: fc.constant([]),
  why: fc.string({ maxLength: 5 }),
  whyAt: fc.option(fc.integer({ min: 1, max: 28 }).map(at), { nil: undefined }),
}) as fc.Arbitrary<LogEntry>;
const arbLog = fc.uniqueArray(arbEntry, { selector: (e) => e.id, maxLength: 5 });

describe('logs of two copies', () => {
  it('merge into every entry once, in time order, whichever side comes first', () => {
    fc.assert(
      fc.property(arbLog, arbLog, (ours, theirs) => {
        const merged = mergeLogs(ours, theirs);
        const ids = new Set([...ours, ...theirs].map((e) => e.id));
        expect(merged.map((e) => e.id).sort()).toEqual([...ids].sort());
        expect(merged.map((e) => e.at)).toEqual(merged.map((e) => e.at).sort());
        expect(mergeLogs(merged, theirs)).toEqual(merged);
        const other = mergeLogs(theirs, ours);
        for (const entry of merged) {
          const same = other.find((e) => e.id === entry.id)!;
          expect(same.whyAt ?? '').toBe(entry.whyAt ?? '');
        }
      }),
    );
  });

  it('keep the why written last, and leave deleted entries out', () => {
    const base: LogEntry = {
      id: 'e1',
      milestoneId: 'm1',
      title: 'Card',
      at: at(2),
      changes: [],
      why: '',
    };
    const ours = withWhy(base, 'API late', at(3));
    const theirs = withWhy(base, 'API late; budget cut', at(4));
    expect(mergeLogs([ours], [theirs])[0]!.why).toBe('API late; budget cut');
    expect(mergeLogs([theirs], [ours])[0]!.why).toBe('API late; budget cut');
    expect(mergeLogs([ours], [theirs], new Set(['e1']))).toEqual([]);
  });

  it('filter by milestone and by date', () => {
    const log: LogEntry[] = [3, 1, 2].map((day) => ({
      id: `e${day}`,
      milestoneId: day === 2 ? 'm2' : 'm1',
      title: 'Card',
      at: at(day),
      changes: [],
      why: '',
    }));
    expect(historyOf(log, 'm1').map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(entriesBetween(log, at(2), undefined).map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(entriesBetween(log, undefined, at(2)).map((e) => e.id)).toEqual(['e1']);
  });
});
