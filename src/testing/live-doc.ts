import * as Y from 'yjs';
import { readBoard, writeBoard } from '../domain/board-doc';
import { milestoneOrder } from '../domain/milestones';
import type { Board } from '../domain/schema';

/** Helpers for tests of a board in a Y.Doc (board-doc.ts): copies, syncing and comparing. */

/** The board a doc holds; a refusal fails the test. */
export function read(doc: Y.Doc): Board {
  const result = readBoard(doc);
  if (!result.ok) throw new Error(`${result.reason}: ${result.error} ${result.details ?? ''}`);
  return result.board;
}

/** A new doc holding `board`, written by `origin`. */
export function seed(board: Board, origin: unknown = 'seed'): Y.Doc {
  const doc = new Y.Doc();
  writeBoard(doc, board, origin);
  return doc;
}

/** A second person's copy of `doc`, as joining a room gives it. */
export function join(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), 'remote');
  return copy;
}

/** Exchanges what each doc lacks, both ways, as the relay would. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB, 'remote');
  Y.applyUpdate(a, forA, 'remote');
}

/** Reads the board, applies a local edit and writes it back: what the store binding will do. */
export function edit(doc: Y.Doc, change: (board: Board) => Board, origin: unknown): Board {
  const next = change(read(doc));
  writeBoard(doc, next, origin);
  return next;
}

/** How many updates `run` makes the doc emit. */
export function updatesOf(doc: Y.Doc, run: () => void): number {
  let count = 0;
  const count1 = () => (count += 1);
  doc.on('update', count1);
  run();
  doc.off('update', count1);
  return count;
}

/**
 * A board as a live copy keeps it: each card's position is its index in its column, and a
 * round's dots are a set (the order they were placed in is not kept).
 */
export function comparable(board: Board): Board {
  const milestones = { ...board.milestones };
  for (const ids of milestoneOrder(board).values())
    ids.forEach((id, position) => (milestones[id] = { ...milestones[id]!, position }));
  const rounds = board.rounds.map((round) => ({
    ...round,
    votes: [...round.votes].sort((a, b) =>
      `${a.participantId} ${a.milestoneId}` < `${b.participantId} ${b.milestoneId}` ? -1 : 1,
    ),
  }));
  return { ...board, milestones, rounds };
}

/** Each column's positions, which must be 0..n-1. */
export function positionsByColumn(board: Board): number[][] {
  return [...milestoneOrder(board).values()].map((ids) =>
    ids.map((id) => board.milestones[id]!.position),
  );
}
