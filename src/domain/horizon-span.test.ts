import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  horizonForDate,
  inSpan,
  parseTimeframe,
  spanDays,
  spanLabel,
  type HorizonSpan,
} from './horizon-span';

const rel = (from: number, to: number | null, orMore = false): HorizonSpan => ({
  kind: 'relative',
  from,
  to,
  orMore,
});

describe('reading the timeframes people write', () => {
  it('reads the starter template’s horizons and what teams write like them', () => {
    expect(parseTimeframe('0–6 months')).toEqual(rel(0, 6));
    expect(parseTimeframe('6–18 months')).toEqual(rel(6, 18));
    expect(parseTimeframe('18 months–3 years')).toEqual(rel(18, 36));
    expect(parseTimeframe('3–5+ years')).toEqual(rel(36, 60, true));
    expect(parseTimeframe(' 1 - 2 years ')).toEqual(rel(12, 24));
    expect(parseTimeframe('6 to 12 months')).toEqual(rel(6, 12));
    expect(parseTimeframe('5+ years')).toEqual(rel(60, null));
    expect(parseTimeframe('next 90 months')).toEqual(rel(0, 90));
    expect(parseTimeframe('Q3 2027')).toEqual({
      kind: 'absolute',
      from: '2027-07-01',
      to: '2027-10-01',
    });
    expect(parseTimeframe('H2 2027')).toEqual({
      kind: 'absolute',
      from: '2027-07-01',
      to: '2028-01-01',
    });
    expect(parseTimeframe('2028')).toEqual({
      kind: 'absolute',
      from: '2028-01-01',
      to: '2029-01-01',
    });
    expect(parseTimeframe('2027–2028')).toEqual({
      kind: 'absolute',
      from: '2027-01-01',
      to: '2029-01-01',
    });
  });

  it('leaves what it cannot read to stay as written', () => {
    for (const text of [
      '',
      'soon',
      'when the API ships',
      '6–3 months',
      '2028–2027',
      'Q5 2027',
      '12',
    ])
      expect(parseTimeframe(text)).toBeUndefined();
  });
});

const arbRelative = fc
  .tuple(
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 1, max: 120 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([from, length, open, orMore]) =>
    open ? rel(from === 0 ? 1 : from, null) : rel(from, from + length, orMore),
  );
const arbAbsolute = fc
  .tuple(
    fc.integer({ min: 2000, max: 2100 }),
    fc.integer({ min: 0, max: 11 }),
    fc.constantFrom(1, 3, 6, 12, 24),
  )
  .map(([year, month, months]): HorizonSpan => {
    const start = `${year}-${String(month + 1).padStart(2, '0')}-01`;
    return { kind: 'absolute', from: start, to: addMonths(start, months) };
  });
const arbDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('a span and its label', () => {
  it('writes the labels teams use', () => {
    expect(spanLabel(rel(0, 6))).toBe('0–6 months');
    expect(spanLabel(rel(6, 18))).toBe('6–18 months');
    expect(spanLabel(rel(18, 36))).toBe('18 months–3 years');
    expect(spanLabel(rel(36, 60, true))).toBe('3–5+ years');
    expect(spanLabel(rel(0, 12))).toBe('0–1 year');
    expect(spanLabel(rel(60, null))).toBe('5+ years');
    expect(spanLabel({ kind: 'absolute', from: '2027-07-01', to: '2027-10-01' })).toBe('Q3 2027');
    expect(spanLabel({ kind: 'absolute', from: '2027-03-15', to: '2027-06-01' })).toBe(
      '15 Mar 2027 – 31 May 2027',
    );
  });

  it('reads back every label it writes as the same span', () => {
    fc.assert(
      fc.property(fc.oneof(arbRelative, arbAbsolute), (span) => {
        const label = spanLabel(span);
        // A day-precise absolute label is for people; only whole months read back.
        if (/ – /.test(label)) return;
        expect(parseTimeframe(label)).toEqual(span);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spans on the calendar', () => {
  it('holds its first day and not its end, for any anchor', () => {
    fc.assert(
      fc.property(arbRelative, arbDay, (span, anchor) => {
        const { from, to } = spanDays(span, anchor);
        expect(inSpan(from, span, anchor)).toBe(true);
        if (to !== null) {
          expect(inSpan(to, span, anchor)).toBe(false);
          expect(to > from).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds months as a calendar does, keeping the day where the month has it', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-27', 3)).toBe('2027-02-27');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -240, max: 240 }), (anchor, months) => {
        const early = `${anchor.slice(0, 8)}${String(Math.min(Number(anchor.slice(8)), 28)).padStart(2, '0')}`;
        expect(addMonths(addMonths(early, months), -months)).toBe(early);
      }),
      { numRuns: 300 },
    );
  });

  it('offers the horizon a target date belongs in', () => {
    const horizons = [
      { id: 'now', span: rel(0, 6) },
      { id: 'next', span: rel(6, 18) },
      { id: 'later', span: rel(18, 36) },
      { id: 'long', span: rel(36, 60, true) },
      { id: 'free' },
    ];
    const anchor = '2026-11-27';
    expect(horizonForDate(horizons, anchor, '2027-02-28')?.id).toBe('now');
    expect(horizonForDate(horizons, anchor, '2027-05-27')?.id).toBe('next');
    expect(horizonForDate(horizons, anchor, '2029-01-01')?.id).toBe('later');
    expect(horizonForDate(horizons, anchor, '2040-01-01')?.id).toBe('long');
    expect(horizonForDate(horizons, anchor, '2026-01-01')).toBeUndefined();
    // Rolling the anchor a quarter on moves a date near an edge into the earlier horizon.
    expect(horizonForDate(horizons, addMonths(anchor, 3), '2027-05-27')?.id).toBe('now');
  });
});
