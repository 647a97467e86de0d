import type { HorizonSpan } from './schema';

/**
 * Horizons that know the calendar: a horizon's span, from which its label is written,
 * either relative to the board's anchor date ("0–6 months", "18 months–3 years", "3–5+
 * years") or absolute ("Q3 2027", "2027", "H1 2028"). Pure: days are ISO dates
 * (YYYY-MM-DD), reckoned in UTC, and a span's end is exclusive.
 */

export type { HorizonSpan } from './schema';

// Reading the timeframes people write -----------------------------------------------------

const UNIT = '(months?|mos?|years?|yrs?|y)';
const NUMBER = '(\\d{1,3})';
const DASH = '\\s*(?:[-–—]|to)\\s*';

/** Months in `n` of `unit` ("year", "yrs", "months"…). */
const toMonths = (n: number, unit: string) => (/^y/i.test(unit) ? n * 12 : n);

const RELATIVE_RANGE = new RegExp(
  `^${NUMBER}\\s*${UNIT}?${DASH}${NUMBER}\\s*(\\+)?\\s*${UNIT}(\\+)?$`,
  'i',
);
const RELATIVE_OPEN = new RegExp(`^${NUMBER}\\s*(?:\\+\\s*${UNIT}|${UNIT}\\s*\\+)$`, 'i');
const NEXT = new RegExp(`^(?:next|within|first)\\s+${NUMBER}\\s*${UNIT}$`, 'i');
const YEAR = /^(\d{4})$/;
const YEARS = new RegExp(`^(\\d{4})${DASH}(\\d{4})$`, 'i');
const QUARTER = /^Q([1-4])\s*(\d{4})$/i;
const HALF = /^H([12])\s*(\d{4})$/i;

const day = (year: number, month: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;

/**
 * The span a timeframe's text says, or undefined for text it cannot read ("soon", "when
 * the API ships"), which then stays as it was written.
 */
export function parseTimeframe(text: string): HorizonSpan | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = RELATIVE_RANGE.exec(t);
  if (m) {
    const [, a, unitA, b, plusA, unitB, plusB] = m;
    const from = toMonths(Number(a), unitA ?? unitB!);
    const to = toMonths(Number(b), unitB!);
    if (to <= from) return undefined;
    return { kind: 'relative', from, to, orMore: Boolean(plusA ?? plusB) };
  }
  m = RELATIVE_OPEN.exec(t);
  if (m)
    return {
      kind: 'relative',
      from: toMonths(Number(m[1]), (m[2] ?? m[3])!),
      to: null,
      orMore: false,
    };
  m = NEXT.exec(t);
  if (m) {
    const to = toMonths(Number(m[1]), m[2]!);
    return to > 0 ? { kind: 'relative', from: 0, to, orMore: false } : undefined;
  }
  m = YEAR.exec(t);
  if (m) return { kind: 'absolute', from: day(Number(m[1]), 1), to: day(Number(m[1]) + 1, 1) };
  m = YEARS.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return b > a ? { kind: 'absolute', from: day(a, 1), to: day(b + 1, 1) } : undefined;
  }
  m = QUARTER.exec(t);
  if (m) {
    const [q, year] = [Number(m[1]), Number(m[2])];
    const start = (q - 1) * 3 + 1;
    return { kind: 'absolute', from: day(year, start), to: addMonths(day(year, start), 3) };
  }
  m = HALF.exec(t);
  if (m) {
    const [h, year] = [Number(m[1]), Number(m[2])];
    const start = h === 1 ? 1 : 7;
    return { kind: 'absolute', from: day(year, start), to: addMonths(day(year, start), 6) };
  }
  return undefined;
}

// Writing a span's label ------------------------------------------------------------------

/** Months as a team says them: whole years as years, the rest as months. */
const inYears = (months: number) => months >= 12 && months % 12 === 0;
const unitWord = (years: boolean, n: number) =>
  years ? (n === 1 ? 'year' : 'years') : n === 1 ? 'month' : 'months';

function relativeLabel(from: number, to: number | null, orMore: boolean): string {
  if (to === null) {
    const years = inYears(from);
    const n = years ? from / 12 : from;
    return `${n}+ ${unitWord(years, n)}`;
  }
  const toYears = inYears(to);
  const fromYears = from === 0 ? toYears : inYears(from);
  const [a, b] = [fromYears ? from / 12 : from, toYears ? to / 12 : to];
  const plus = orMore ? '+' : '';
  return fromYears === toYears
    ? `${a}–${b}${plus} ${unitWord(toYears, b)}`
    : `${a} ${unitWord(fromYears, a)}–${b}${plus} ${unitWord(toYears, b)}`;
}

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function absoluteLabel(from: string, to: string): string {
  const [year, month, date] = from.split('-').map(Number) as [number, number, number];
  const months = monthsBetween(from, to);
  const whole = date === 1 && to.endsWith('-01');
  if (whole && month === 1 && months % 12 === 0)
    return months === 12 ? `${year}` : `${year}–${year + months / 12 - 1}`;
  if (whole && months === 3 && (month - 1) % 3 === 0) return `Q${(month - 1) / 3 + 1} ${year}`;
  if (whole && months === 6 && (month === 1 || month === 7))
    return `H${month === 1 ? 1 : 2} ${year}`;
  const last = addDays(to, -1);
  const [ly, lm, ld] = last.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year} – ${ld} ${MONTHS[lm - 1]} ${ly}`;
}

/** The label a span writes: "0–6 months", "18 months–3 years", "3–5+ years", "Q3 2027". */
export function spanLabel(span: HorizonSpan): string {
  return span.kind === 'relative'
    ? relativeLabel(span.from, span.to, span.orMore)
    : absoluteLabel(span.from, span.to);
}

// Dates ---------------------------------------------------------------------------------

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** `iso` plus `days` days. */
export const addDays = (iso: string, days: number) =>
  toIso(new Date(toDate(iso).getTime() + days * 86_400_000));

/** `iso` plus `months` months; a day past the new month's end is its last day (31 Jan + 1 → 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The days a span covers for a board anchored at `anchor`: from, and to (exclusive) or null. */
export function spanDays(span: HorizonSpan, anchor: string): { from: string; to: string | null } {
  if (span.kind === 'absolute') return { from: span.from, to: span.to };
  return {
    from: addMonths(anchor, span.from),
    to: span.to === null || span.orMore ? null : addMonths(anchor, span.to),
  };
}

/** Whether `date` falls in the span, for a board anchored at `anchor`. */
export function inSpan(date: string, span: HorizonSpan, anchor: string): boolean {
  const { from, to } = spanDays(span, anchor);
  return date >= from && (to === null || date < to);
}

/**
 * The horizon a target date belongs in: the first whose span holds it; undefined when none
 * does (or no horizon has a span).
 */
export function horizonForDate<H extends { id: string; span?: HorizonSpan }>(
  horizons: readonly H[],
  anchor: string,
  date: string,
): H | undefined {
  return horizons.find((h) => h.span && inSpan(date, h.span, anchor));
}
