import { nanoid } from 'nanoid';

/** Ids are URL-safe and short enough to read in an exported file. */
export function newId(): string {
  return nanoid(12);
}
