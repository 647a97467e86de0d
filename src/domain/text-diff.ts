import { diffWordsWithSpace } from 'diff';

/** A piece of text then versus now: kept, or only in one of them. */
export interface TextPiece {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Two versions of a text word by word (jsdiff's diffWordsWithSpace: every space kept, so each side reads back whole), as pieces to show with what was
 * taken out struck through and what came in marked. Pure; empty for two empty texts.
 */
export function textDiff(before: string, after: string): TextPiece[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** The text a diff's pieces read as on one side: `before` leaves out what was added. */
export const sideOf = (pieces: readonly TextPiece[], side: 'before' | 'after'): string =>
  pieces
    .filter((piece) => piece.kind !== (side === 'before' ? 'added' : 'removed'))
    .map((piece) => piece.text)
    .join('');
