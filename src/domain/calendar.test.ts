import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  dateFlag,
  horizonOffered,
  misplaced,
  misplacedMilestones,
  placeByDate,
  rollHorizons,
} from './calendar';
import { addHorizon, renameHorizon, timeframeFields } from './horizons';
import { migrate } from './migrations';
import { restoreBoardDocument } from './restore';
import { createBoard } from './boards';
import type { Board } from './schema';
import { applied, makeMilestone } from '../testing/factories';

/** A board made on 1 January 2027 with the four default horizons. */
const board: Board = createBoard(
  { title: 'Acme' },
  { id: 'acme', now: '2027-01-01T09:00:00.000Z' },
);
const [now, next, later, longTerm] = board.horizons;
const card = (horizonId: string, targetDate?: string) =>
  makeMilestone({ horizonId, ...(targetDate ? { targetDate } : {}) });

describe('horizons on the calendar', () => {
  it('start with spans their labels are written from, counted from the day the board was made', () => {
    expect(board.horizons.map((h) => [h.timeframe, h.span?.kind])).toEqual([
      ['0–6 months', 'relative'],
      ['6–18 months', 'relative'],
      ['18 months–3 years', 'relative'],
      ['3–5+ years', 'relative'],
    ]);
    expect(anchorOf(board)).toBe('2027-01-01');
    expect(anchorOf({ ...board, anchor: '2027-04-01' })).toBe('2027-04-01');
  });

  it('read what a timeframe says and keep what they cannot read as it was written', () => {
    expect(timeframeFields('6-18 mo')).toEqual({
      timeframe: '6–18 months',
      span: { kind: 'relative', from: 6, to: 18, orMore: false },
    });
    expect(timeframeFields(' when the API ships ')).toEqual({ timeframe: 'when the API ships' });
    const renamed = applied(renameHorizon(board, next!.id, { timeframe: 'Q3 2027' }));
    expect(renamed.horizons[1]).toMatchObject({
      timeframe: 'Q3 2027',
      span: { kind: 'absolute', from: '2027-07-01', to: '2027-10-01' },
    });
    const vague = applied(renameHorizon(renamed, next!.id, { timeframe: 'soon' }));
    expect(vague.horizons[1]!.span).toBeUndefined();
    expect(
      applied(addHorizon(board, { title: 'Pilot', timeframe: 'H1 2028' })).horizons[4],
    ).toMatchObject({
      span: { kind: 'absolute', from: '2028-01-01', to: '2028-07-01' },
    });
  });

  it('flag a card whose date falls outside its horizon, and say where it belongs', () => {
    expect(misplaced(board, card(now!.id, '2027-03-31'))).toBeUndefined();
    expect(misplaced(board, card(now!.id))).toBeUndefined();
    expect(misplaced(board, card(now!.id, '2027-09-30'))?.belongsIn?.id).toBe(next!.id);
    expect(dateFlag(board, card(now!.id, '2027-09-30'))).toBe('Its date falls in Next, not Now');
    expect(dateFlag(board, card(next!.id, '2026-06-01'))).toBe('Its date is outside every horizon');
    // Long term has no end ("3–5+ years"): a date ten years out still belongs there.
    expect(misplaced(board, card(longTerm!.id, '2037-01-01'))).toBeUndefined();
    expect(dateFlag(board, { ...card(now!.id, '2030-01-01'), status: 'achieved' })).toBeUndefined();
  });

  it('offer the horizon a date belongs in', () => {
    expect(horizonOffered(board, '2027-02-01')?.title).toBe('Now');
    expect(horizonOffered(board, '2028-12-31')?.title).toBe('Later');
    expect(horizonOffered(board, '2026-01-01')).toBeUndefined();
    expect(later).toBeDefined();
  });

  it('come to older boards from the text of their timeframes, which stays as written', () => {
    const v4 = {
      type: 'partner-horizons/board',
      version: 4,
      board: {
        ...board,
        horizons: [
          { id: 'a', title: 'Now', timeframe: '0-6 months' },
          { id: 'b', title: 'Someday', timeframe: 'when the API ships' },
        ],
      },
    };
    const migrated = migrate(v4, 4, 5);
    expect(migrated.ok && (migrated.doc.board as Board).horizons).toEqual([
      {
        id: 'a',
        title: 'Now',
        timeframe: '0-6 months',
        span: { kind: 'relative', from: 0, to: 6, orMore: false },
      },
      { id: 'b', title: 'Someday', timeframe: 'when the API ships' },
    ]);
    const damaged = restoreBoardDocument({
      type: 'partner-horizons/board',
      version: 5,
      board: { ...board, anchor: 'soon', horizons: [{ ...now!, span: { kind: 'weekly' } }] },
    });
    expect(damaged.ok && damaged.board.horizons[0]!.span).toBeUndefined();
    expect(damaged.ok && damaged.board.anchor).toBeUndefined();
    expect(damaged.ok && damaged.warnings).toEqual([
      'Dropped the day the horizons count from: it is not a date this app reads. They count from the day the board was made.',
      'Dropped the dates of horizon “Now”: they could not be read. Its timeframe is kept as written.',
    ]);
  });
});

describe('rolling the horizons on', () => {
  it('moves the anchor a quarter, and tells which milestones now sit outside their horizon', () => {
    let dated = applied(renameHorizon(board, next!.id, { timeframe: '6–18 months' }));
    // Due at the end of June 2027: in Next while the board counts from January.
    dated = {
      ...dated,
      milestones: {
        a: { ...card(next!.id, '2027-07-15'), id: 'a', title: 'Due in July' },
        b: { ...card(now!.id, '2027-05-01'), id: 'b', title: 'Due in May' },
      },
    };
    expect(misplacedMilestones(dated)).toEqual([]);
    const rolled = rollHorizons(dated);
    expect(anchorOf(rolled)).toBe('2027-04-01');
    expect(
      misplacedMilestones(rolled).map(({ milestone, belongsIn }) => [
        milestone.id,
        belongsIn?.title,
      ]),
    ).toEqual([['a', 'Now']]);
    const placed = placeByDate(rolled, undefined, '2027-04-02T00:00:00.000Z');
    expect(placed.milestones.a!.horizonId).toBe(now!.id);
    expect(misplacedMilestones(placed)).toEqual([]);
    expect(placeByDate(placed)).toBe(placed);
  });
});
