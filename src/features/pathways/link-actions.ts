import { newId } from '../../domain/ids';
import { LINK_KIND_LABELS } from '../../domain/link-terms';
import {
  LINK_REFUSALS,
  addLink,
  linkProblem,
  removeLinks,
  updateLink,
  type LinkDraft,
} from '../../domain/pathways';
import type { Link } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';

/** What a person is told when a link cannot be made; undefined when it was made. */
export type LinkOutcome = { ok: true; id: string } | { ok: false; message: string };

const store = useBoardsStore.getState;
const undo = (boardId: string) => ({ label: 'Undo', run: () => store().undo(boardId) });
/** Link toasts replace one another: linking a chain leaves one toast, not a stack. */
const TOAST_KEY = 'link';

/** "“Swap leads” leads to “Native integration”". */
export function linkSentence(boardId: string, link: Pick<Link, 'from' | 'to' | 'kind'>): string {
  const milestones = store().boards[boardId]?.milestones ?? {};
  const title = (id: string) => `“${milestones[id]?.title ?? 'a milestone'}”`;
  return `${title(link.from)} ${LINK_KIND_LABELS[link.kind]} ${title(link.to)}`;
}

/** Links two milestones as one undoable step, and says so with Undo; or says why not. */
export function createLink(boardId: string, draft: LinkDraft): LinkOutcome {
  const board = store().boards[boardId];
  if (!board) return { ok: false, message: 'This board is no longer here.' };
  const problem = linkProblem(board, draft);
  if (problem) return { ok: false, message: LINK_REFUSALS[problem] };
  const id = newId();
  const now = new Date().toISOString();
  store().edit(boardId, (b) => addLink(b, draft, id, now));
  showToast(`Linked: ${linkSentence(boardId, draft)}.`, undo(boardId), TOAST_KEY);
  return { ok: true, id };
}

/** Changes a link's kind or label; a kind that would loop is refused with why. */
export function changeLink(
  boardId: string,
  id: string,
  patch: Partial<Pick<Link, 'kind' | 'label'>>,
): LinkOutcome {
  const board = store().boards[boardId];
  const link = board?.links?.find((l) => l.id === id);
  if (!board || !link) return { ok: false, message: 'That link is no longer on the board.' };
  if (patch.kind && patch.kind !== link.kind) {
    const problem = linkProblem(board, { ...link, kind: patch.kind }, id);
    if (problem) return { ok: false, message: LINK_REFUSALS[problem] };
  }
  store().edit(boardId, (b) => updateLink(b, id, patch, new Date().toISOString()));
  return { ok: true, id };
}

/** Removes a link as one undoable step, with Undo in the toast. */
export function removeLink(boardId: string, id: string): void {
  const link = store().boards[boardId]?.links?.find((l) => l.id === id);
  if (!link) return;
  const sentence = linkSentence(boardId, link);
  store().edit(boardId, (b) => removeLinks(b, [id], new Date().toISOString()));
  showToast(`Removed the link: ${sentence}.`, undo(boardId), TOAST_KEY);
}
