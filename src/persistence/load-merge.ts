import type { mergeBoards } from '../domain/merge';

export type MergeBoards = typeof mergeBoards;

let loading: Promise<MergeBoards> | undefined;

/**
 * The merge code, loaded the first time two copies of a board meet (another tab's write,
 * a journal a closed tab left): most visits never need it, so it stays out of the first
 * load. The service worker caches it with the rest, so it loads offline too.
 */
export function loadMerge(): Promise<MergeBoards> {
  return (loading ??= import('../domain/merge').then((m) => m.mergeBoards));
}
