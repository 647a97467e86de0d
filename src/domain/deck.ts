import { hasInternal } from './audience';
import { localDay } from './days';
import { MILESTONE_STATUS_LABELS, partnershipKindLabels, type MilestoneType } from './ladder';
import { confidenceLabel, typeLabel, type DayFormat } from './milestone-labels';
import { SIDE_AREAS, milestoneIdsIn } from './milestones';
import { plural } from './plural';
import type { Board, Value } from './schema';
import { tally } from './tally';
import { alignmentSummary } from './values';
import { shownResult, shownRound } from './voting';
import { ALIGNMENT_LABELS, alignmentAnswer } from './workshop-terms';
import { changeLines, sinceLastSnapshot, type ChangeLine } from './brief-changes';

/**
 * A slide deck of a board, as content: what each slide says, in order, with no layout. The
 * PowerPoint writer (features/sharing/slides-file.ts) lays it out; keeping the two apart
 * keeps what the deck says testable without a presentation library.
 */

/** One milestone as a slide shows it: every line the card shows, already in words. */
export interface DeckCard {
  id: string;
  title: string;
  /** The rung, for its colour; undefined when nobody set a type. */
  type: MilestoneType | undefined;
  typeLabel: string;
  owner: string;
  confidence: string;
  status: string;
  /** The target day as the reader writes it, or ''. */
  target: string;
  /** Dots in the vote round on show, 0 when none. */
  dots: number;
  internal: boolean;
  /** One of the starter board's examples, still unchanged. */
  example: boolean;
}

export interface DeckValue {
  side: 'Ours' | 'Theirs';
  text: string;
  /** How far the other side shares it, in words: "They share it". */
  answer: string;
  internal: boolean;
}

export interface DeckColumn {
  title: string;
  timeframe: string;
  cards: DeckCard[];
}

export type DeckSlide =
  | {
      kind: 'title';
      partner: string;
      /** The board's own name when it says more than the partner's. */
      boardTitle: string;
      partnership: string;
      vision: string;
      whyUs: string;
      whyThem: string;
      /** "Agreed by Ana and Ben on 3 Mar 2027", or ''. */
      agreed: string;
      day: string;
      /** Ours, holding internal items: the deck says so on every slide. */
      internal: boolean;
    }
  | (DeckColumn & { kind: 'horizon'; part: number; parts: number; total: number })
  | { kind: 'values'; summary: string; shared: DeckValue[]; differing: DeckValue[]; open: number }
  | { kind: 'vote'; title: string; rows: { title: string; dots: number; rank: number }[] }
  | {
      kind: 'changes';
      /** "Since “January workshop”, 10 Jan 2027". */
      since: string;
      summary: string;
      rows: ChangeLine[];
      /** Lines left off the slide. */
      more: number;
    }
  | { kind: 'overview'; columns: (DeckColumn & { more: number })[]; total: number };

/** As many cards as a 16:9 slide shows at a size read from the back of a room. */
export const CARDS_PER_SLIDE = 6;
/** Titles each column of the overview lists before "and N more". */
export const OVERVIEW_ROWS = 8;
/** Vote results a slide lists. */
export const VOTE_ROWS = 10;
/** Changes a "what changed" slide lists. */
export const CHANGE_ROWS = 8;

const line = (text: string) => text.replace(/\s+/g, ' ').trim();

function chunks<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What changed since the latest snapshot, when the board keeps one. */
function changesSlide(
  board: Board,
  formatDay: DayFormat,
): Extract<DeckSlide, { kind: 'changes' }> | undefined {
  const changes = sinceLastSnapshot(board);
  if (!changes) return undefined;
  const rows = changeLines(changes).map((row) => ({
    title: line(row.title),
    what: line(row.what),
    why: line(row.why),
  }));
  return {
    kind: 'changes',
    since: `Since “${line(changes.from.name)}”, ${formatDay(localDay(new Date(changes.from.at!)))}`,
    summary: changes.summary,
    rows: rows.slice(0, CHANGE_ROWS),
    more: Math.max(0, rows.length - CHANGE_ROWS),
  };
}

/** Each horizon, then each side area holding milestones, with its cards in order. */
export function columnsOf(board: Board, formatDay: DayFormat): DeckColumn[] {
  const round = shownRound(board);
  const dots = round ? tally(board, round) : new Map<string, { total: number }>();
  const card = (id: string): DeckCard => {
    const m = board.milestones[id]!;
    return {
      id,
      title: line(m.title),
      type: m.type,
      // A custom type nobody named says nothing: "Other / custom" is no label for a reader.
      typeLabel: m.type === 'custom' && !m.customType ? '' : typeLabel(m),
      owner: line(m.owner),
      confidence: m.confidence === undefined ? '' : confidenceLabel(m),
      status: MILESTONE_STATUS_LABELS[m.status],
      target: m.targetDate ? formatDay(m.targetDate) : '',
      dots: dots.get(id)?.total ?? 0,
      internal: Boolean(m.internal),
      example: Boolean(m.example),
    };
  };
  const sides = SIDE_AREAS.filter((area) => milestoneIdsIn(board, area.id).length > 0);
  return [
    ...board.horizons.map((h) => ({ id: h.id, title: h.title, timeframe: h.timeframe })),
    ...sides.map((a) => ({ id: a.id, title: a.title, timeframe: '' })),
  ].map(({ id, title, timeframe }) => ({
    title: line(title),
    timeframe: line(timeframe),
    cards: milestoneIdsIn(board, id).map(card),
  }));
}

const deckValue = (v: Value): DeckValue => ({
  side: v.side === 'ours' ? 'Ours' : 'Theirs',
  text: line(v.text),
  answer: alignmentAnswer(v.side, v.alignment),
  internal: Boolean(v.internal),
});

/**
 * The deck: a title slide, each horizon (split over as many slides as its milestones need),
 * the values, the vote result, and the whole board. Values and vote slides appear only when
 * there is something to show. Made from the board as its audience may see it.
 */
export function deckOf(
  board: Board,
  { date = new Date(), formatDay = (day) => day }: { date?: Date; formatDay?: DayFormat } = {},
): DeckSlide[] {
  const partner = line(board.partner.name || board.title);
  const boardTitle = line(board.title) === partner ? '' : line(board.title);
  const agreedBy = line(board.agreedBy);
  const agreed =
    agreedBy || board.agreedOn
      ? `Agreed${agreedBy ? ` by ${agreedBy}` : ''}${board.agreedOn ? ` on ${formatDay(board.agreedOn)}` : ''}`
      : '';
  const slides: DeckSlide[] = [
    {
      kind: 'title',
      partner,
      boardTitle,
      partnership: partnershipKindLabels(board.partner.kinds).join(', '),
      vision: line(board.vision),
      whyUs: line(board.whyUs),
      whyThem: line(board.whyThem),
      agreed,
      day: formatDay(localDay(date)),
      internal: hasInternal(board),
    },
  ];
  const changes = changesSlide(board, formatDay);
  if (changes) slides.push(changes);
  const columns = columnsOf(board, formatDay);
  for (const column of columns) {
    const parts = chunks(column.cards, CARDS_PER_SLIDE);
    parts.forEach((cards, index) =>
      slides.push({
        kind: 'horizon',
        ...column,
        cards,
        part: index + 1,
        parts: parts.length,
        total: column.cards.length,
      }),
    );
  }
  if (board.values.length) {
    const summary = alignmentSummary(board.values);
    slides.push({
      kind: 'values',
      summary: [
        `${summary.shared} shared`,
        `${summary.differing} differing`,
        summary.open ? `${summary.open} ${ALIGNMENT_LABELS.open.toLowerCase()}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      shared: board.values.filter((v) => v.alignment === 'shared').map(deckValue),
      differing: summary.differences.map(deckValue),
      open: summary.open,
    });
  }
  const result = shownResult(board);
  if (result) {
    slides.push({
      kind: 'vote',
      title: line(result.round.title),
      rows: result.ranked
        .slice(0, VOTE_ROWS)
        .map((r) => ({ title: line(r.title), dots: r.dots, rank: r.rank })),
    });
  }
  slides.push({
    kind: 'overview',
    total: Object.keys(board.milestones).length,
    columns: columns.map((c) => ({
      ...c,
      cards: c.cards.slice(0, OVERVIEW_ROWS),
      more: Math.max(0, c.cards.length - OVERVIEW_ROWS),
    })),
  });
  return slides;
}

/** The lines under a card's title on a slide: type, owner, confidence, status, date, dots. */
export function cardDetails(card: DeckCard): string[] {
  return [
    card.owner && `Owner: ${card.owner}`,
    [card.confidence, card.status].filter(Boolean).join(' · '),
    card.target && `Target ${card.target}`,
    card.dots > 0 && plural(card.dots, 'dot'),
  ].filter((d): d is string => Boolean(d));
}

/** What a horizon slide is titled: "Next (2 of 3)" when its milestones fill several. */
export function horizonHeading(slide: Extract<DeckSlide, { kind: 'horizon' }>): string {
  return slide.parts > 1 ? `${slide.title} (${slide.part} of ${slide.parts})` : slide.title;
}

/**
 * The type size for a text on a slide: the size of the first step (most characters, points)
 * it fits, so a long title gets smaller type rather than running off its box.
 */
export function fontSizeFor(text: string, steps: readonly (readonly [number, number])[]): number {
  const step = steps.find(([most]) => text.length <= most) ?? steps.at(-1);
  return step ? step[1] : 12;
}
