import { mergeBoards } from '../../domain/merge';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { sharePresence } from './presence';
import { syncRoom } from './room-sync';
import { bindBoard, type BoardBinding, type BindingStatus } from './doc-binding';
import type { Invite } from './invite';
import { clearLiveView, setLiveView, type LiveStatus, type Me, type Person } from './live-store';
import { rememberSession } from './remembered';
import { LiveConnection, MESSAGES, TOO_LARGE, type ConnectionEvent } from './connection';

const store = useBoardsStore.getState;

/**
 * One live session of one board in this tab: a connection to its room (connection.ts) and the
 * binding of the room's doc to the store (doc-binding.ts).
 */

const sessions = new Map<string, LiveSession>();

/** The live session of a board in this tab, if it has one. */
export const sessionOf = (boardId: string) => sessions.get(boardId);

/**
 * A room bound to a board of the store. The first read of the room's board is merged with
 * the copy here, if there is one (someone rejoining after a reload or after leaving): what
 * changed on both sides is kept, as when merging a teammate's file. After that, what either
 * side changes reaches the other (doc-binding.ts).
 */
export class LiveSession {
  readonly boardId: string;
  private readonly binding: BoardBinding;
  private readonly stopListening: () => void;
  private readonly stopPresence: () => void;
  private readonly stopRoom: () => void;
  private firstRead = true;
  private wasLive = false;
  private ended = false;

  constructor(
    private readonly connection: LiveConnection,
    { boardId, me, seed }: { boardId: string; me: Me; seed: boolean },
  ) {
    this.boardId = boardId;
    sessions.get(boardId)?.leave();
    sessions.set(boardId, this);
    const { invite } = connection;
    setLiveView(boardId, { status: 'connecting', invite, me });
    this.stopListening = connection.listen(this.onEvent);
    this.binding = bindBoard({
      doc: connection.doc,
      origin: this,
      seed,
      getBoard: () => store().boards[boardId],
      setBoard: (board) => this.receive(board),
      subscribe: (listener) =>
        useBoardsStore.subscribe((state, previous) => {
          if (state.boards[boardId] === previous.boards[boardId]) return;
          if (!state.boards[boardId]) this.leave();
          else listener();
        }),
      onStatus: this.onBindingStatus,
      onUndoChange: () => this.shareUndo(),
    });
    this.shareUndo();
    const who = this.resolve(me);
    setLiveView(boardId, { status: 'connecting', me: who });
    rememberSession(boardId, { invite, me: who });
    this.stopPresence = this.watchPresence(who);
    // Whoever takes the board live (or back into its room) facilitates, unless someone does.
    this.stopRoom = syncRoom(connection.doc, boardId, this, seed ? who.participantId : undefined);
    this.refresh();
  }

  /**
   * Everyone in a session is one of the board's participants, so their dots and their colour
   * are theirs: someone new is added as one (when the board has room), by the name they gave.
   */
  private resolve(me: Me): Me {
    const board = store().boards[this.boardId];
    if (!board || me.participantId) return me;
    const named = (b: typeof board) =>
      b.participants.find((p) => p.name.toLocaleLowerCase() === me.name.trim().toLocaleLowerCase());
    if (!named(board)) store().addParticipant(this.boardId, me.name);
    const added = named(store().boards[this.boardId] ?? board);
    return added ? { name: added.name, participantId: added.id } : me;
  }

  /** Leaves the session: the board stays here, saved as any other, and is not rejoined. */
  leave() {
    this.end();
    rememberSession(this.boardId, undefined);
    clearLiveView(this.boardId);
  }

  usesConnection = (connection: LiveConnection) => connection === this.connection;

  /** Reads a pending remote change now (tests, and before an export). */
  flush = () => this.binding.flush();

  private end() {
    if (this.ended) return;
    this.ended = true;
    this.stopListening();
    this.stopPresence();
    this.stopRoom();
    this.binding.destroy();
    this.connection.close();
    if (sessions.get(this.boardId) === this) sessions.delete(this.boardId);
    store().setLiveUndo(this.boardId, null);
  }

  private receive(board: Board) {
    const here = store().boards[board.id];
    const first = this.firstRead;
    this.firstRead = false;
    // Rejoining: this copy may hold edits the room never saw, and the room others' edits.
    store().receiveLive(first && here ? mergeBoards(here, board).board : board);
  }

  private shareUndo() {
    const { binding } = this;
    // The binding reports while it is being made, before `binding` is set: shared after.
    if (this.ended || !binding) return;
    store().setLiveUndo(this.boardId, {
      canUndo: binding.canUndo(),
      canRedo: binding.canRedo(),
      undo: binding.undo,
      redo: binding.redo,
    });
  }

  private readonly onEvent = (event: ConnectionEvent) => {
    switch (event.type) {
      case 'synced':
        this.binding.flush();
        this.refresh();
        break;
      case 'status':
        this.refresh();
        break;
      case 'refused':
        this.end();
        setLiveView(this.boardId, {
          status: 'refused',
          message: MESSAGES.refused,
          detail: `The relay said: ${event.reason}`,
        });
        break;
      case 'too-large':
        this.end();
        setLiveView(this.boardId, {
          status: 'too-large',
          message: MESSAGES.tooLarge,
          detail: `Closed by the relay: ${TOO_LARGE}`,
        });
        break;
    }
  };

  /** Live once in step with the relay; after that, paused whenever it is out of reach. */
  private refresh(people?: Person[]) {
    if (this.ended) return;
    const inStep = this.connection.provider.isSynced && this.binding?.status().state === 'live';
    if (inStep) this.wasLive = true;
    const status: LiveStatus = inStep ? 'live' : this.wasLive ? 'paused' : 'connecting';
    setLiveView(this.boardId, people ? { status, people } : { status });
  }

  private readonly onBindingStatus = (binding: BindingStatus) => {
    if (binding.state === 'live') {
      this.refresh();
      return;
    }
    if (binding.state !== 'stopped') return;
    this.end();
    setLiveView(this.boardId, {
      status: 'stopped',
      message:
        binding.reason === 'newer-version'
          ? 'This live board was made with a newer version of Partner Horizons. Reload the page to update, then join again. Your copy here is kept.'
          : 'This live board could not be read here, so nothing more is sent or received. Your copy here is kept; leave the session and ask the facilitator to start it again.',
      detail: binding.error,
    });
  };

  /** Tells the others who is here and what this person does; keeps who else is. */
  private watchPresence(me: Me): () => void {
    const { awareness } = this.connection.provider;
    if (!awareness) return () => undefined;
    const participant = me.participantId
      ? store().boards[this.boardId]?.participants.find((p) => p.id === me.participantId)
      : undefined;
    return sharePresence(awareness, this.boardId, me, participant, (people) =>
      this.refresh(people),
    );
  }
}

/** Connections of boards going live that have not reached their room yet. */
const starting = new Map<string, LiveConnection>();

/**
 * Takes a board that is here live: into a new room (going live) or into the one it was in
 * (rejoining after a reload). The board is bound once the room is in step with the relay:
 * an empty room gets this board, a room that holds it is merged with it.
 */
export function goLive(boardId: string, invite: Invite, me: Me): void {
  leaveSession(boardId, { forget: false });
  const connection = new LiveConnection(invite);
  starting.set(boardId, connection);
  setLiveView(boardId, { status: 'connecting', invite, me, people: [] });
  rememberSession(boardId, { invite, me });
  const stop = connection.listen((event) => {
    if (event.type === 'status') return;
    stop();
    starting.delete(boardId);
    if (event.type === 'synced') joinRoom(connection, { boardId, me, seed: true });
    else
      setLiveView(boardId, {
        status: event.type === 'refused' ? 'refused' : 'too-large',
        message: event.type === 'refused' ? MESSAGES.refused : MESSAGES.tooLarge,
        detail: event.type === 'refused' ? `The relay said: ${event.reason}` : TOO_LARGE,
      });
  });
}

/**
 * Leaves a board's session, or stops one still starting. The board stays here as it is. With
 * `forget` (the default) the session is not rejoined when the board opens again.
 */
export function leaveSession(boardId: string, { forget = true } = {}): void {
  starting.get(boardId)?.close();
  starting.delete(boardId);
  sessions.get(boardId)?.leave();
  if (forget) {
    rememberSession(boardId, undefined);
    clearLiveView(boardId);
  }
}

/** Binds a connected room to the store as `me`; `seed` writes this board into an empty room. */
export function joinRoom(
  connection: LiveConnection,
  options: { boardId: string; me: Me; seed: boolean },
): LiveSession {
  const current = sessions.get(options.boardId);
  return current?.usesConnection(connection) ? current : new LiveSession(connection, options);
}
