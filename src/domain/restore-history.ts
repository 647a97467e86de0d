import { boardSchema, idSchema, isoDateTime, type Board } from './schema';
import { isRecord, type Raw } from './repair-rules';

/** Tombstones and the copy's origin: kept when valid, quietly dropped when not. */
export function restoreMergeHistory(
  input: Raw,
): Partial<Pick<Board, 'deleted' | 'basedOn' | 'edited'>> {
  const history: Partial<Pick<Board, 'deleted' | 'basedOn' | 'edited'>> = {};
  if (isRecord(input.edited)) {
    // When each board field was last edited: a merge takes each from the later edit.
    const edited: Record<string, string> = {};
    for (const field of Object.keys(boardSchema.shape.edited.def.innerType.shape)) {
      const at = input.edited[field];
      if (isoDateTime.safeParse(at).success) edited[field] = at as string;
    }
    if (Object.keys(edited).length) history.edited = edited;
  }
  if (isRecord(input.deleted)) {
    const deleted: Record<string, string> = {};
    for (const [key, at] of Object.entries(input.deleted)) {
      if (idSchema.safeParse(key).success && isoDateTime.safeParse(at).success)
        deleted[key] = at as string;
    }
    if (Object.keys(deleted).length) history.deleted = deleted;
  }
  if (isoDateTime.safeParse(input.basedOn).success) history.basedOn = input.basedOn as string;
  return history;
}
