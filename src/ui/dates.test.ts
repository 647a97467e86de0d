import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './dates';

describe('dates', () => {
  it('reads a stored day as that calendar day in the local zone', () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      new Date(2027, 2, 31),
    );
    expect(formatDay('2027-03-31')).toBe(expected);
  });

  it('reads a moment as its local calendar day', () => {
    const noon = new Date(2027, 2, 31, 12);
    expect(formatDay(noon)).toBe(formatDay('2027-03-31'));
  });

  it('keeps text that is not a day as it is', () => {
    expect(formatDay('soon')).toBe('soon');
  });

  it('formats a moment with its time, and leaves nonsense readable', () => {
    expect(formatMoment('2026-11-26T09:30:00Z')).toMatch(/2026/);
    expect(formatMoment('not a date')).toBe('not a date');
  });
});
