/**
 * Links in user text. Text always renders as text; the only links made clickable are
 * http(s) and mailto, judged after the normalisation a browser itself applies, so that
 * " JaVa\tScRiPt:alert(1)" and its cousins stay text.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** A safe href for `raw`, or null: only absolute http(s) and mailto URLs pass. */
export function safeHref(raw: string): string | null {
  // What the URL parser strips or ignores: C0 controls and spaces at the ends, and tabs
  // and newlines anywhere. Removing them first means we judge what the browser would open.
  // eslint-disable-next-line no-control-regex -- control characters are the point here
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return null;
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

export interface FoundLink {
  text: string;
  href: string;
}

const CANDIDATES = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"']+/gi;

/** The safe links in a piece of text, in order, without repeats; "www." means https. */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(CANDIDATES)) {
    // Trailing punctuation belongs to the sentence, not the link.
    const candidate = match[0].replace(/[).,;:!?\]]+$/, '');
    const href = safeHref(/^www\./i.test(candidate) ? `https://${candidate}` : candidate);
    if (href && !found.some((link) => link.href === href)) found.push({ text: candidate, href });
  }
  return found;
}
