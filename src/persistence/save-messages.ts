/**
 * What the person is told about storage, in a partner manager's words, each saying what to
 * do next. The technical side (an error's name and text) goes in `detail`, shown folded.
 */
export const MESSAGES = {
  noStorage:
    'This browser is not letting Partner Horizons keep boards (private browsing, or storage turned off for this site). You can keep working: boards stay in this tab until you close it, so export them before you do.',
  newerTab:
    'Partner Horizons was updated in another tab. Reload this tab to go on; what you changed here since stays in this tab until then, so export it if in doubt.',
  newerStored:
    'A saved board was written by a newer version of Partner Horizons, so this tab stops saving. Reload to get the newer version; export your boards first to be safe.',
  cleared:
    'This browser’s storage for Partner Horizons was cleared while the app was open. Every board open here has been saved again.',
  readLate: 'Your saved boards could be read after all, and are back in the list.',
} as const;

/** "QuotaExceededError: …", for the fold; never shown on its own. */
export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException)
    return `${error.name}: ${error.message}`;
  return String(error);
}

/** Why the stored boards could not be read, and what that means for the person. */
export function loadFailure(error: unknown, timedOut: boolean) {
  return {
    message: timedOut
      ? 'Your saved boards are taking too long to open. The app keeps trying; until they open, what you do here stays in this tab, so export it, or reload to try again.'
      : 'Your saved boards could not be read just now; they are most likely still there. Reload to try again. Until then, what you do here stays in this tab, so export it.',
    detail: describeError(error),
  };
}

/** Why a write failed. */
export function saveFailure(error: unknown) {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return {
    message:
      name === 'QuotaExceededError'
        ? 'The browser’s storage for this site is full, so recent changes are not saved. Your work is kept in this tab and saving is retried; export a copy, and free some space if you can.'
        : 'The browser refused to save recent changes. Your work is kept in this tab and saving is retried; export a copy to be safe.',
    detail: describeError(error),
  };
}
