import { describe, expect, it } from 'vitest';
import { boardFor } from './audience';
import {
  CARDS_PER_SLIDE,
  OVERVIEW_ROWS,
  cardDetails,
  deckOf,
  fontSizeFor,
  horizonHeading,
  type DeckCard,
  type DeckSlide,
} from './deck';
import { makeBoard } from '../testing/factories';
import { saveSnapshot } from './timeline';
import { moveMilestone } from './milestones';
import { explainEntry, logDecision } from './decision-log';
import { fullExampleBoard } from '../testing/example-boards';

const full = fullExampleBoard;
const kinds = (deck: DeckSlide[]) => deck.map((s) => s.kind);
const DATE = new Date(2026, 10, 26, 12);

describe('deckOf', () => {
  it('has a title slide, one per horizon, and the whole board, and nothing to show is left out', () => {
    const deck = deckOf(makeBoard({ 0: ['Swap leads'], 2: ['Joint product'] }), { date: DATE });
    expect(kinds(deck)).toEqual(['title', 'horizon', 'horizon', 'horizon', 'horizon', 'overview']);
    const title = deck[0] as Extract<DeckSlide, { kind: 'title' }>;
    expect(title).toMatchObject({
      partner: 'Acme',
      boardTitle: '',
      day: '2026-11-26',
      internal: false,
    });
    const empty = deck[2] as Extract<DeckSlide, { kind: 'horizon' }>;
    expect(empty.cards).toEqual([]);
    expect(empty.total).toBe(0);
  });

  it('splits a full horizon over as many slides as it needs, each saying which part it is', () => {
    const titles = Array.from({ length: CARDS_PER_SLIDE * 2 + 1 }, (_, i) => `Lead ${i + 1}`);
    const deck = deckOf(makeBoard({ 1: titles }));
    const parts = deck.filter((s) => s.kind === 'horizon' && s.title === 'Next');
    expect(parts.map((s) => s.kind === 'horizon' && s.cards.length)).toEqual([6, 6, 1]);
    expect(parts.map((s) => s.kind === 'horizon' && horizonHeading(s))).toEqual([
      'Next (1 of 3)',
      'Next (2 of 3)',
      'Next (3 of 3)',
    ]);
    const overview = deck.at(-1) as Extract<DeckSlide, { kind: 'overview' }>;
    const next = overview.columns.find((c) => c.title === 'Next')!;
    expect(next.cards).toHaveLength(OVERVIEW_ROWS);
    expect(next.more).toBe(titles.length - OVERVIEW_ROWS);
    expect(overview.total).toBe(titles.length);
  });

  it('gives each card its words: type, owner, confidence, status, date and dots', () => {
    const board = full();
    const deck = deckOf(board, { formatDay: (d) => `day ${d}` });
    const cards = deck.flatMap((s) => (s.kind === 'horizon' ? s.cards : []));
    expect(cards).toHaveLength(Object.keys(board.milestones).length);
    const dated = cards.find((c) => c.target)!;
    expect(dated.target).toMatch(/^day \d{4}-\d\d-\d\d$/);
    const card: DeckCard = {
      id: 'm1',
      title: 'Swap leads',
      type: 'leads',
      typeLabel: 'Leads & referrals',
      owner: 'Ana',
      confidence: '60 % confident',
      status: 'Committed',
      target: '31 Mar 2027',
      dots: 3,
      internal: false,
      example: false,
    };
    expect(cardDetails(card)).toEqual([
      'Owner: Ana',
      '60 % confident · Committed',
      'Target 31 Mar 2027',
      '3 dots',
    ]);
    expect(cardDetails({ ...card, owner: '', confidence: '', target: '', dots: 0 })).toEqual([
      'Committed',
    ]);
  });

  it('shows values and the vote only when there are some, and never an unnamed custom type', () => {
    const board = makeBoard({ 0: ['Swap leads'] });
    const custom = {
      ...board,
      milestones: {
        ...board.milestones,
        'swap-leads': {
          ...board.milestones['swap-leads']!,
          type: 'custom' as const,
          customType: '',
        },
      },
    };
    const deck = deckOf(custom);
    expect(kinds(deck)).not.toContain('values');
    expect(kinds(deck)).not.toContain('vote');
    const card = deck.flatMap((s) => (s.kind === 'horizon' ? s.cards : []))[0]!;
    expect(card.typeLabel).toBe('');
    const rich = deckOf(full());
    expect(kinds(rich)).toContain('values');
  });

  it('made from the partner view, holds no internal milestone, value or mark', () => {
    const board = full();
    const internalTitles = Object.values(board.milestones)
      .filter((m) => m.internal)
      .map((m) => m.title);
    expect(internalTitles.length).toBeGreaterThan(0);
    const ours = JSON.stringify(deckOf(boardFor(board, 'internal')));
    const theirs = JSON.stringify(deckOf(boardFor(board, 'partner')));
    for (const title of internalTitles) {
      expect(ours).toContain(title);
      expect(theirs).not.toContain(title);
    }
    expect(theirs).not.toContain('"internal":true');
  });
});

describe('the “what changed” slide', () => {
  it('comes after the title when the board keeps a snapshot, each change with its why', () => {
    let board = makeBoard({ 0: ['Swap leads'], 1: ['Native integration'] });
    board = saveSnapshot(board, {
      id: 'jan',
      name: 'January workshop',
      takenAt: new Date(2027, 0, 10, 12).toISOString(),
    }).board;
    const moved = moveMilestone(board, 'native-integration', 'h2', 0, board.updatedAt);
    const logged = logDecision(board, moved, { id: 'e1', at: new Date(2027, 1, 1).toISOString() });
    board = explainEntry(logged.board, 'e1', 'Their API slipped', logged.board.updatedAt);
    const deck = deckOf(board, { date: DATE });
    expect(kinds(deck).slice(0, 2)).toEqual(['title', 'changes']);
    expect(deck[1]).toEqual({
      kind: 'changes',
      since: 'Since “January workshop”, 2027-01-10',
      summary: '1 moved later',
      rows: [{ title: 'Native integration', what: 'Next → Later', why: 'Their API slipped' }],
      more: 0,
    });
    expect(kinds(deckOf(boardFor(board, 'partner'), { date: DATE }))).not.toContain('changes');
  });
});

describe('fontSizeFor', () => {
  const steps = [
    [10, 30],
    [20, 20],
    [Infinity, 12],
  ] as const;
  it('takes the first step the text fits within', () => {
    expect(fontSizeFor('short', steps)).toBe(30);
    expect(fontSizeFor('a'.repeat(10), steps)).toBe(30);
    expect(fontSizeFor('a'.repeat(11), steps)).toBe(20);
    expect(fontSizeFor('a'.repeat(500), steps)).toBe(12);
    expect(fontSizeFor('a'.repeat(500), [[10, 30]])).toBe(30);
  });
});
