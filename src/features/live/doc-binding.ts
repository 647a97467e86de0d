import * as Y from 'yjs';
import { boardScope, readBoard, writeBoard } from '../../domain/board-doc';
import {
  NO_CHANGES,
  addChanges,
  readBoardChanges,
  type DocChanges,
} from '../../domain/board-doc-changes';
import type { RestoreFailureReason } from '../../domain/restore-result';
import type { Board } from '../../domain/schema';

/**
 * The binding between one board in a local store and its Y.Doc in a live session (issue 15).
 * It knows no store: it takes how to get, set and watch the board, so two fake stores can
 * test it and a later slice wires it to the real one.
 *
 * Local changes reach it through `subscribe` rather than a `localChanged(board)` the caller
 * must remember: every path that changes the board (an edit, an import, a merge from another
 * tab) is then written, and a path added later cannot forget to. The price is that the
 * binding hears its own `setBoard` back; it ignores a board it already knows (by identity).
 *
 * Stale writes. The binding keeps `shadow`, a second Y.Doc holding exactly what the store
 * last agreed with (the last board read from or written to the doc). A local board is written
 * into the shadow, which turns it into an update holding only what the person changed, and
 * that update goes into the live doc. So an edit made on a board that was stale (a remote
 * change had arrived and its read was still waiting for a frame) does not write the stale
 * parts back: Yjs merges it with the remote change as two people's concurrent edits, edits of
 * different things both survive, and the pending read then brings both to the store.
 */

/** Runs `run` later (once) and gives a function that cancels it. */
export type Schedule = (run: () => void) => () => void;

/** Once per animation frame, as the browser paints. */
export const nextFrame: Schedule = (run) => {
  const id = requestAnimationFrame(run);
  return () => cancelAnimationFrame(id);
};

export type BindingStatus =
  /** Joined a doc that holds no board yet: nothing is written until one has been read. */
  | { state: 'waiting' }
  | { state: 'live' }
  /** The doc's board cannot be read (a newer format, damaged) or written (another board):
   * the binding writes nothing more; `error` is a sentence for the person. */
  | { state: 'stopped'; reason: RestoreFailureReason | 'write-failed'; error: string };

export interface BindBoardOptions {
  doc: Y.Doc;
  /** The board as the local store holds it now; undefined once it is gone from the store. */
  getBoard(): Board | undefined;
  /** Puts a board read from the doc into the local store. */
  setBoard(board: Board): void;
  /** Calls `listener` after each change of the local board; gives the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** This person's transaction origin: what their undo tracks and what the binding ignores
   * when the doc reports it back. */
  origin: unknown;
  /** Write the local board into the doc when the doc holds none yet (whoever goes live). */
  seed?: boolean;
  schedule?: Schedule;
  /** Edits this close together (ms) undo as one step; Y.UndoManager's default otherwise. */
  captureTimeout?: number;
  onStatus?(status: BindingStatus): void;
  /** Called when what undo or redo can do changes (canUndo, canRedo). */
  onUndoChange?(): void;
}

export interface BoardBinding {
  status(): BindingStatus;
  /** Undoes this person's last change only; others' changes stay. */
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Reads a pending remote change into the store now rather than on the next frame. */
  flush(): void;
  /** Removes every listener; the doc and the store stay as they are. */
  destroy(): void;
}

class DocBinding implements BoardBinding {
  private readonly shadow = new Y.Doc();
  /** What others changed on the board since it was last read. */
  private pending: DocChanges = NO_CHANGES;
  private readonly undoManager: Y.UndoManager;
  private readonly unsubscribe: () => void;
  private readonly schedule: Schedule;
  /** The board the store and the shadow agree on: a store change to it is our own echo. */
  private known: Board | undefined;
  private current: BindingStatus = { state: 'waiting' };
  private cancelRead: (() => void) | undefined;
  private destroyed = false;

  constructor(private readonly options: BindBoardOptions) {
    const { doc, origin, captureTimeout } = options;
    this.schedule = options.schedule ?? nextFrame;
    this.undoManager = new Y.UndoManager(boardScope(doc), {
      trackedOrigins: new Set([origin]),
      ...(captureTimeout === undefined ? {} : { captureTimeout }),
    });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const)
      this.undoManager.on(event, this.onUndoChange);
    doc.on('afterTransaction', this.onTransaction);
    this.unsubscribe = options.subscribe(this.onLocalChange);
    this.start();
  }

  status = () => this.current;
  undo = () => void this.undoManager.undo();
  redo = () => void this.undoManager.redo();
  canUndo = () => this.undoManager.canUndo();
  canRedo = () => this.undoManager.canRedo();

  flush = () => {
    if (!this.cancelRead) return;
    this.cancelRead();
    this.read();
  };

  destroy = () => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.cancelRead?.();
    this.cancelRead = undefined;
    this.options.doc.off('afterTransaction', this.onTransaction);
    this.unsubscribe();
    this.undoManager.destroy();
    this.shadow.destroy();
  };

  /** Joins what the doc holds, or seeds an empty doc with the local board. */
  private start(): void {
    const result = readBoard(this.options.doc);
    if (result.ok || result.reason !== 'no-board' || !this.options.seed) {
      this.read();
      return;
    }
    const board = this.options.getBoard();
    this.catchUpShadow();
    if (!board || !this.write(board)) return;
    // Going live is not an edit: undo must never take the board out of the doc.
    this.undoManager.clear();
    this.setStatus({ state: 'live' });
  }

  private readonly onUndoChange = () => this.options.onUndoChange?.();

  /** Someone else changed the doc: its board is read on the next frame, if they changed it
   * (the room's other state, such as the timebox, is not the board's), and only as far as
   * they changed it (board-doc-changes.ts). */
  private readonly onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === this.options.origin || this.current.state === 'stopped') return;
    const changes = addChanges(this.pending, this.options.doc, transaction);
    if (changes !== 'all' && !changes.milestones.size && !changes.time) return;
    this.pending = changes;
    this.cancelRead ??= this.schedule(() => this.read());
  };

  private readonly onLocalChange = () => {
    if (this.current.state !== 'live') return;
    const board = this.options.getBoard();
    if (board && board !== this.known) this.write(board);
  };

  /** Brings the doc's board into the store. While none is there yet, keeps waiting. */
  private read(): void {
    this.cancelRead = undefined;
    if (this.destroyed) return;
    const { doc } = this.options;
    const result = this.known ? readBoardChanges(doc, this.known, this.pending) : readBoard(doc);
    this.pending = NO_CHANGES;
    if (!result.ok) {
      if (result.reason !== 'no-board') this.stop(result.reason, result.error);
      return;
    }
    this.catchUpShadow();
    this.known = result.board;
    if (this.current.state !== 'live') this.setStatus({ state: 'live' });
    this.options.setBoard(result.board);
  }

  /** Writes only what changed since the store last agreed with the doc (see the header). */
  private write(board: Board): boolean {
    const { doc, origin } = this.options;
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => void updates.push(update);
    this.shadow.on('update', collect);
    try {
      writeBoard(this.shadow, board, origin);
    } catch (error) {
      this.stop('write-failed', error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      this.shadow.off('update', collect);
    }
    this.known = board;
    for (const update of updates) Y.applyUpdate(doc, update, origin);
    return true;
  }

  private catchUpShadow(): void {
    const missing = Y.encodeStateAsUpdate(this.options.doc, Y.encodeStateVector(this.shadow));
    Y.applyUpdate(this.shadow, missing);
  }

  private stop(reason: RestoreFailureReason | 'write-failed', error: string): void {
    this.setStatus({ state: 'stopped', reason, error });
  }

  private setStatus(status: BindingStatus): void {
    this.current = status;
    this.options.onStatus?.(status);
  }
}

/** Binds a local board to its live doc; see the module header for how. */
export function bindBoard(options: BindBoardOptions): BoardBinding {
  return new DocBinding(options);
}
