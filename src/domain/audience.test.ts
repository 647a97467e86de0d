import { describe, expect, it } from 'vitest';
import { boardFor, hasInternal, internalCounts, partnerView } from './audience';
import { createBoard } from './boards';
import { stringifyFile, toBoardFile } from './board-file';
import { encodeShareFragment, decodeShareFragment } from './share-link';
import { updateMilestone } from './milestones';
import { addValue, updateValue } from './values';
import { addParticipant, castVote, closeRound, startRound } from './voting';
import { applied, makeBoard } from '../testing/factories';
import type { Board } from './schema';

const NOW = '2026-11-26T10:00:00.000Z';

/** A board with one internal milestone, one with internal notes, an internal value, and dots
 * on the internal milestone in a closed round. */
function boardWithSecrets(): Board {
  let board = makeBoard({ 0: ['Swap leads'], 1: ['Joint product'], 3: ['Buy them outright'] });
  board = updateMilestone(board, 'buy-them-outright', { internal: true, notes: 'Budget 40 M' });
  board = updateMilestone(board, 'joint-product', {
    notes: 'Their CTO is leaving in March',
    notesInternal: true,
  });
  board = applied(addValue(board, 'ours', 'Customer first', { id: 'v-shared', now: NOW }));
  board = applied(addValue(board, 'ours', 'Own the platform', { id: 'v-secret', now: NOW }));
  board = updateValue(board, 'v-secret', { internal: true });
  board = applied(addParticipant(board, 'Dana', { id: 'p-dana', now: NOW }));
  board = applied(startRound(board, { dots: 3 }, { id: 'r1', now: NOW }));
  board = applied(castVote(board, 'p-dana', 'buy-them-outright', NOW));
  board = applied(castVote(board, 'p-dana', 'buy-them-outright', NOW));
  board = applied(castVote(board, 'p-dana', 'swap-leads', NOW));
  return closeRound(board, NOW);
}

const SECRETS = [
  'buy-them-outright',
  'Buy them outright',
  'Budget 40 M',
  'Their CTO is leaving',
  'v-secret',
  'Own the platform',
  'internal',
  'notesInternal',
];

describe('partnerView', () => {
  it('leaves out internal milestones and values, and empties internal notes', () => {
    const view = partnerView(boardWithSecrets());
    expect(Object.keys(view.milestones).sort()).toEqual(['joint-product', 'swap-leads']);
    expect(view.milestones['joint-product']!.notes).toBe('');
    expect(view.milestones['joint-product']).not.toHaveProperty('notesInternal');
    expect(view.values.map((v) => v.id)).toEqual(['v-shared']);
  });

  it('counts dots and ranks only what is left, so nothing hints at what was left out', () => {
    const view = partnerView(boardWithSecrets());
    const round = view.rounds[0]!;
    expect(round.votes).toEqual([{ participantId: 'p-dana', milestoneId: 'swap-leads' }]);
    expect(round.results?.map((r) => r.milestoneId)).toEqual(['swap-leads']);
  });

  it('holds no trace of an internal item in the board file or the share link made from it', () => {
    const view = partnerView(boardWithSecrets());
    const file = stringifyFile(toBoardFile(view, { app: 'test', now: NOW }));
    for (const secret of SECRETS) expect(file).not.toContain(secret);

    const link = encodeShareFragment(view, 'test');
    if (!link.ok) throw new Error(link.error);
    const opened = decodeShareFragment(link.fragment);
    if (!opened.ok) throw new Error(opened.error);
    const text = JSON.stringify(opened.board);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(Object.keys(opened.board.milestones)).toHaveLength(2);
  });

  it('is the board itself when nothing is marked, and leaves the board it was given alone', () => {
    const plain = makeBoard({ 0: ['Swap leads'] });
    expect(partnerView(plain)).toBe(plain);
    const board = boardWithSecrets();
    const before = JSON.stringify(board);
    partnerView(board);
    expect(JSON.stringify(board)).toBe(before);
  });

  it('keeps everything, marks included, for our team', () => {
    const board = boardWithSecrets();
    expect(boardFor(board, 'internal')).toBe(board);
    expect(boardFor(board, 'partner')).toEqual(partnerView(board));
  });
});

describe('hasInternal and internalCounts', () => {
  it('say what is internal: a milestone, the notes of another, a value', () => {
    const board = boardWithSecrets();
    expect(hasInternal(board)).toBe(true);
    expect(internalCounts(board)).toEqual({ milestones: 1, notes: 1, values: 1 });
    expect(hasInternal(partnerView(board))).toBe(false);
  });

  it('count empty notes marked internal as nothing to hide', () => {
    const board = updateMilestone(makeBoard({ 0: ['Swap leads'] }), 'swap-leads', {
      notesInternal: true,
    });
    expect(hasInternal(board)).toBe(false);
  });
});

describe('the starter template', () => {
  it('marks the acquisition rungs internal, and nothing else', () => {
    const board = createBoard({ title: 'Acme', template: 'starter' }, { id: 'b', now: NOW });
    const internal = Object.values(board.milestones).filter((m) => m.internal);
    expect(internal.map((m) => m.type).sort()).toEqual([
      'acquisition-they-acquire',
      'acquisition-we-acquire',
    ]);
  });
});
