import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeBoards } from './merge';
import { addMilestone, deleteMilestone, updateMilestone } from './milestones';
import { addHorizon, removeHorizon, renameHorizon } from './horizons';
import { renameBoard, updatePartner, updateVision } from './boards';
import { addValue, removeValue, updateValue } from './values';
import { addParticipant, castVote, closeRound, removeParticipant, startRound } from './voting';
import { stampEdits } from './edits';
import { jsonEqual } from './json-equal';
import { boardSchema, EDITED_FIELDS, type Board } from './schema';
import { arbBoard } from '../testing/arbitraries';
import { makeBoard } from '../testing/factories';

const SPLIT = '2026-03-01T00:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(SPLIT) + minutes * 60_000).toISOString();

describe('merge properties', () => {
  it('merging a board with itself changes nothing', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        const { board: merged, summary } = mergeBoards(board, board);
        expect(merged).toBe(board);
        expect(summary).toEqual({ added: [], changed: [], removed: [], conflicts: [] });
      }),
      { numRuns: 200 },
    );
  });

  /** Two copies made from one board at SPLIT, each with its own edits, adds and deletes. */
  const arbSides = fc
    .record({
      titles: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{2,6}$/), {
        minLength: 2,
        maxLength: 10,
      }),
      ours: fc.array(fc.tuple(fc.nat(20), fc.constantFrom('edit', 'delete'), fc.nat(60)), {
        maxLength: 6,
      }),
      theirs: fc.array(fc.tuple(fc.nat(20), fc.constantFrom('edit', 'delete'), fc.nat(60)), {
        maxLength: 6,
      }),
      oursAdd: fc.nat(3),
      theirsAdd: fc.nat(3),
    })
    .map(({ titles, ours, theirs, oursAdd, theirsAdd }) => {
      const base = makeBoard({
        0: titles.slice(0, Math.ceil(titles.length / 2)),
        2: titles.slice(Math.ceil(titles.length / 2)),
      });
      const ids = Object.keys(base.milestones);
      const apply = (
        board: Board,
        side: string,
        steps: [number, string, number][],
        adds: number,
      ) => {
        let next: Board = { ...board, basedOn: SPLIT };
        for (const [pick, kind, minute] of steps) {
          const id = ids[pick % ids.length]!;
          if (!next.milestones[id]) continue;
          next =
            kind === 'edit'
              ? updateMilestone(next, id, { owner: `${side}-${minute}` }, at(minute + 1))
              : deleteMilestone(next, id, at(minute + 1));
        }
        for (let i = 0; i < adds; i++)
          next = addMilestone(
            next,
            'h1',
            { title: `${side} new ${i}` },
            { id: `${side}${i}`, now: at(i + 1) },
          );
        return next;
      };
      return {
        ours: apply(base, 'ours', ours, oursAdd),
        theirs: apply(base, 'theirs', theirs, theirsAdd),
      };
    });

  it('never loses an edit silently: each one is in the result or listed as a conflict', () => {
    fc.assert(
      fc.property(arbSides, ({ ours, theirs }) => {
        const { board, summary } = mergeBoards(ours, theirs, at(100));
        for (const side of [ours, theirs]) {
          for (const m of Object.values(side.milestones)) {
            if (m.updatedAt <= SPLIT) continue;
            const kept = JSON.stringify(board.milestones[m.id]) === JSON.stringify(m);
            const listed = summary.conflicts.some((c) => c.includes(m.title));
            expect(kept || listed, `${m.title} ${m.owner}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same milestones whichever side merges when the edits do not conflict', () => {
    fc.assert(
      fc.property(arbSides, ({ ours, theirs }) => {
        const one = mergeBoards(ours, theirs, at(100));
        fc.pre(one.summary.conflicts.length === 0);
        const other = mergeBoards(theirs, ours, at(100));
        expect(other.board.milestones).toEqual(one.board.milestones);
      }),
      { numRuns: 300 },
    );
  });

  /** Edits as the app makes them, each stamped with its time; a refused one changes nothing. */
  const OPS = [
    'rename',
    'vision',
    'partner',
    'add value',
    'edit value',
    'remove value',
    'join',
    'leave',
    'start round',
    'vote',
    'close round',
    'add horizon',
    'rename horizon',
    'remove horizon',
    'add card',
    'edit card',
    'delete card',
  ] as const;
  const arbOps = fc.array(fc.tuple(fc.constantFrom(...OPS), fc.nat(), fc.nat(59)), {
    maxLength: 8,
  });

  function applyOps(start: Board, side: string, ops: [(typeof OPS)[number], number, number][]) {
    let board = start;
    ops.forEach(([op, pick, minute], i) => {
      const now = at(minute + 1);
      const word = `${side}${i}`;
      const nth = <T extends { id: string }>(list: readonly T[]) =>
        list[pick % list.length]?.id ?? '';
      const cards = Object.keys(board.milestones);
      const card = cards[pick % cards.length] ?? '';
      const ok = (r: { ok: true; board: Board } | { ok: false }) => (r.ok ? r.board : board);
      const change = (b: Board): Board => {
        switch (op) {
          case 'rename':
            return ok(renameBoard(b, word, now));
          case 'vision':
            return updateVision(
              b,
              pick % 2 ? { vision: word } : { whyThem: word, agreedOn: '' },
              now,
            );
          case 'partner':
            return updatePartner(b, { notes: word }, now);
          case 'add value':
            return ok(addValue(b, 'ours', word, { id: word, now }));
          case 'edit value':
            return updateValue(b, nth(b.values), { text: word }, now);
          case 'remove value':
            return removeValue(b, nth(b.values), now);
          case 'join':
            return ok(addParticipant(b, word, { id: word, now }));
          case 'leave':
            return removeParticipant(b, nth(b.participants), now);
          case 'start round':
            return ok(startRound(b, { dots: 1 + (pick % 3) }, { id: word, now }));
          case 'vote':
            return ok(castVote(b, nth(b.participants), card, now));
          case 'close round':
            return closeRound(b, now);
          case 'add horizon':
            return ok(addHorizon(b, { title: word }, { id: word, index: pick % 3, now }));
          case 'rename horizon':
            return ok(renameHorizon(b, nth(b.horizons), { title: word }, now));
          case 'remove horizon':
            return ok(removeHorizon(b, nth(b.horizons), now));
          case 'add card':
            return addMilestone(b, nth(b.horizons), { title: word }, { id: word, now });
          case 'edit card':
            return card ? updateMilestone(b, card, { owner: word }, now) : b;
          case 'delete card':
            return card ? deleteMilestone(b, card, now) : b;
        }
      };
      try {
        board = stampEdits(board, change(board), now);
      } catch {
        // Refused, as the app refuses it (a full board, an empty name): nothing changes.
      }
    });
    return board;
  }

  it('never makes an invalid board, and takes a field changed on one side only from that side', () => {
    fc.assert(
      fc.property(arbBoard, arbOps, arbOps, (base, oursOps, theirsOps) => {
        const ours = applyOps(base, 'o', oursOps);
        const theirs = applyOps(base, 't', theirsOps);
        for (const [a, b] of [
          [ours, theirs],
          [theirs, ours],
        ] as const) {
          const { board } = mergeBoards(a, b, at(100), base);
          const parsed = boardSchema.safeParse(board);
          expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
          for (const key of EDITED_FIELDS) {
            const here = !jsonEqual(a[key], base[key]);
            const there = !jsonEqual(b[key], base[key]);
            if (here !== there) expect(board[key]).toEqual((here ? a : b)[key]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never makes an invalid board of any three boards, with a base or without', () => {
    fc.assert(
      fc.property(arbBoard, arbBoard, arbBoard, (ours, theirs, base) => {
        for (const merged of [
          mergeBoards(ours, theirs, at(100), base),
          mergeBoards(ours, theirs),
        ]) {
          const parsed = boardSchema.safeParse(merged.board);
          expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
