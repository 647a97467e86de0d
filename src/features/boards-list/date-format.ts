/** Dates and times on the boards list, in the person's own locale. */
export const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
