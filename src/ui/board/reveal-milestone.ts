/**
 * Asks a virtualised list of cards to bring one of its cards into sight and focus it, when
 * the card may not be on the page at all (scrolled out, and so not mounted). What asks
 * (an arrow's marker, say) need not know the list: it sends an event to the list's element.
 */
const REVEAL = 'partner-horizons:reveal-milestone';

export function requestReveal(list: Element, milestoneId: string): void {
  list.dispatchEvent(new CustomEvent(REVEAL, { detail: milestoneId }));
}

/** Listens on `list` for requests to reveal a card; returns what stops listening. */
export function onRevealRequest(list: Element, reveal: (milestoneId: string) => void): () => void {
  const listener = (event: Event) => {
    const id = (event as CustomEvent<unknown>).detail;
    if (typeof id === 'string') reveal(id);
  };
  list.addEventListener(REVEAL, listener);
  return () => list.removeEventListener(REVEAL, listener);
}
