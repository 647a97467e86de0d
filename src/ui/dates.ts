/**
 * Dates as the person reads them: one format from their own locale, everywhere a date shows
 * (cards, ladder, presentation, exports, the boards list).
 */
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar day stored as YYYY-MM-DD, read as local midnight so no time zone shifts it. */
function parseDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * "26 Nov 2026" (or the locale's own order) for a stored day or a moment's local day; the
 * raw text when it is not a day.
 */
export function formatDay(value: string | Date): string {
  const date = typeof value === 'string' ? parseDay(value) : value;
  if (!date || Number.isNaN(date.getTime())) return String(value);
  return day.format(date);
}

/** A moment (an ISO timestamp) with its time: "26 Nov 2026, 09:30". */
export function formatMoment(iso: string | number | Date): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dayAndTime.format(date);
}
