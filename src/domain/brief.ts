import { MILESTONE_STATUS_LABELS, partnershipKindLabels } from './ladder';
import { localDay } from './days';
import { confidenceLabel, typeLabel, type DayFormat } from './milestone-labels';
import { plural } from './plural';
import { SIDE_AREAS, milestoneIdsIn } from './milestones';
import { alignmentSummary } from './values';
import { hasInternal } from './audience';
import { shownResult } from './voting';
import { alignmentAnswer } from './workshop-terms';
import { briefAsks, nextSteps, openDecisions, summaryVision } from './brief-steps';
import type { BriefItem, OpenDecision } from './brief-steps';
import type { Board, Milestone } from './schema';
import { changeLines, sinceLastSnapshot } from './brief-changes';
import { pathLines } from './brief-paths';

/**
 * Backslash-escapes what Markdown would read as formatting, so user text stays text: links,
 * emphasis, code and HTML anywhere, headings and list markers at the start of a line.
 * Nothing more, so the brief still reads cleanly as plain text in an email.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}

const oneLine = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

export interface BriefOptions {
  /** The day the brief is made. */
  date?: Date;
  /** How a day (YYYY-MM-DD) is written: the reader's own format in the app, as stored here. */
  formatDay?: DayFormat;
}

/**
 * One milestone of the brief: its title, then what the card shows, then each line of its
 * notes beneath it (their web links become links where the brief is pasted formatted). A
 * brief for the partner is made from the partner view, which has no internal notes.
 */
function milestoneLine(m: Milestone, formatDay: DayFormat): string {
  const details = [
    m.internal && 'internal',
    m.example && 'example',
    // A custom type nobody named says nothing: "Other / custom" is not a label for a reader.
    m.type === 'custom' && !m.customType ? undefined : m.type ? typeLabel(m) : 'type not set',
    m.owner && `owner ${m.owner}`,
    m.confidence === undefined ? 'confidence not set' : confidenceLabel(m),
    MILESTONE_STATUS_LABELS[m.status],
    m.targetDate && `target ${formatDay(m.targetDate)}`,
  ]
    .filter(Boolean)
    .map((d) => oneLine(d as string));
  const notes = m.notes
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `  - ${escapeMarkdown(line)}`);
  return [`- **${oneLine(m.title)}** — ${details.join(' · ')}`, ...notes].join('\n');
}

/** Dots as the brief says them: no vote shown yet, none given, or how many. */
function dotsSaid(dots: number | undefined): string {
  if (dots === undefined) return 'no votes yet';
  return dots ? plural(dots, 'dot') : 'no dots';
}

const ownerSaid = (m: Milestone) => (m.owner.trim() ? `owner ${m.owner}` : 'owner not set');

/** A committed step: its title and horizon, then who does it and by when. */
function stepText({ milestone: m, horizon }: BriefItem, formatDay: DayFormat, bold = false) {
  const title = bold ? `**${oneLine(m.title)}**` : oneLine(m.title);
  const details = [
    m.internal && 'internal',
    m.example && 'example',
    ownerSaid(m),
    m.targetDate ? `target ${formatDay(m.targetDate)}` : 'no date yet',
  ]
    .filter(Boolean)
    .map((d) => oneLine(d as string));
  return `${title} (${oneLine(horizon.title)}) — ${details.join(' · ')}`;
}

/** What the brief says of an open decision beside its title: horizon, marks, dots (and owner). */
function decisionAbout({ milestone: m, horizon, dots }: OpenDecision, withOwner = false) {
  return [
    horizon.title,
    m.internal && 'internal',
    m.example && 'example',
    dotsSaid(dots),
    withOwner && ownerSaid(m),
  ]
    .filter(Boolean)
    .map((d) => oneLine(d as string))
    .join(', ');
}

/**
 * The three lines the brief opens with: the vision, the next committed step, the biggest open
 * decision. Each one missing says so, and what to do about it.
 */
function summaryLines(board: Board, formatDay: DayFormat): string[] {
  const vision = summaryVision(board.vision);
  const step = nextSteps(board)[0];
  const decision = openDecisions(board)[0];
  const visionText = vision
    ? escapeMarkdown(vision)
    : 'not written yet — agree one in the next workshop.';
  const stepSaid = step
    ? stepText(step, formatDay)
    : 'nothing committed yet — commit to a first step, with an owner and a date.';
  const decisionSaid = decision
    ? `${oneLine(decision.milestone.title)} (${decisionAbout(decision)})`
    : 'none — no idea on the horizons is waiting for a decision.';
  return [
    `- **Vision:** ${visionText}`,
    `- **Next step:** ${stepSaid}`,
    `- **Open decision:** ${decisionSaid}`,
    '',
  ];
}

/** What the brief ends with: every committed step in the order to take them, then the asks. */
function closingLines(board: Board, formatDay: DayFormat): string[] {
  const steps = nextSteps(board);
  const lines = ['## Next steps', ''];
  if (!steps.length)
    lines.push('_Nothing is committed yet: commit to a first step, with an owner and a date._');
  for (const step of steps) lines.push(`- ${stepText(step, formatDay, true)}`);
  lines.push('');
  const asks = briefAsks(board);
  if (asks.length) {
    lines.push('## Asks', '');
    for (const ask of asks)
      lines.push(
        `- Decide together on **${oneLine(ask.milestone.title)}** (${decisionAbout(ask, true)})`,
      );
    lines.push('');
  }
  return lines;
}

function valueLines(board: Board): string[] {
  if (!board.values.length) return [];
  const summary = alignmentSummary(board.values);
  const lines = ['## Values', '', `${summary.shared} shared, ${summary.differing} differing.`, ''];
  for (const v of board.values) {
    const how = alignmentAnswer(v.side, v.alignment).toLowerCase();
    const mark = v.internal ? ' (internal)' : '';
    lines.push(
      `- ${v.side === 'ours' ? 'Ours' : 'Theirs'}: **${oneLine(v.text)}**${mark} — ${how}`,
    );
  }
  lines.push('');
  return lines;
}

function voteLines(board: Board): string[] {
  const result = shownResult(board);
  if (!result) return [];
  return [
    `## Vote: ${oneLine(result.round.title)}`,
    '',
    ...result.ranked
      .slice(0, 10)
      .map((row) => `- **${plural(row.dots, 'dot')}** — ${oneLine(row.title)}`),
    '',
  ];
}

/** The milestones of each horizon, then of each side area that holds any. */
function milestoneLines(board: Board, formatDay: DayFormat): string[] {
  const lines = ['## Milestones by horizon', ''];
  const list = (ids: readonly string[]) => {
    if (ids.length === 0) lines.push('_Nothing here yet._');
    for (const id of ids) {
      lines.push(milestoneLine(board.milestones[id]!, formatDay));
    }
    lines.push('');
  };
  for (const horizon of board.horizons) {
    const timeframe = horizon.timeframe ? ` (${oneLine(horizon.timeframe)})` : '';
    lines.push(`### ${oneLine(horizon.title)}${timeframe}`, '');
    list(milestoneIdsIn(board, horizon.id));
  }
  for (const area of SIDE_AREAS) {
    const ids = milestoneIdsIn(board, area.id);
    if (!ids.length) continue;
    lines.push(`## ${area.title}`, '');
    list(ids);
  }
  return lines;
}

/** What changed since the latest snapshot, each move with its reason; nothing without one. */
function changedLines(board: Board, formatDay: DayFormat): string[] {
  const comparison = sinceLastSnapshot(board);
  if (!comparison) return [];
  const when = formatDay(localDay(new Date(comparison.from.at!)));
  const lines = changeLines(comparison).map(
    ({ title, what, why }) =>
      `- **${oneLine(title)}** — ${oneLine(what)}${why ? ` — “${oneLine(why)}”` : ''}`,
  );
  return [
    `## What changed since “${oneLine(comparison.from.name)}” (${when})`,
    '',
    `${oneLine(comparison.summary)}.`,
    '',
    ...(lines.length ? [...lines, ''] : []),
  ];
}

/**
 * A one-page partner brief in Markdown, for an email or a document: three lines in short (the
 * vision, the next committed step, the biggest open decision), the partner, the vision, then
 * the milestones of each horizon with owner, confidence, status and target date (as
 * `formatDay` writes a day: the app passes the reader's locale format), and at the end the
 * next steps and the asks.
 */
export function boardBrief(
  board: Board,
  { date = new Date(), formatDay = (day) => day }: BriefOptions = {},
): string {
  const lines: string[] = [];
  const partner = board.partner.name || board.title;
  lines.push(`# Partner brief: ${oneLine(partner)}`, '');
  // The board's own name only when it says more than the partner's: no title said twice.
  const day = formatDay(localDay(date));
  lines.push(
    board.title.trim() === partner.trim()
      ? `As of ${day}.`
      : `Board “${oneLine(board.title)}”, as of ${day}.`,
    '',
  );
  // A brief made for the partner holds nothing internal (audience.ts), so this is ours.
  if (hasInternal(board))
    lines.push(
      '**Internal: for our team only.** What is marked internal is left out of the partner view.',
      '',
    );
  lines.push(...summaryLines(board, formatDay));
  if (board.partner.kinds.length) {
    lines.push(`**Partnership:** ${partnershipKindLabels(board.partner.kinds).join(', ')}`, '');
  }
  lines.push(
    '## Vision',
    '',
    board.vision.trim() ? oneLine(board.vision) : '_No vision written yet._',
    '',
  );
  if (board.whyUs.trim()) lines.push(`**Why it matters to us:** ${oneLine(board.whyUs)}`, '');
  if (board.whyThem.trim()) lines.push(`**Why it matters to them:** ${oneLine(board.whyThem)}`, '');
  if (board.agreedBy.trim() || board.agreedOn) {
    const by = board.agreedBy.trim() ? ` by ${oneLine(board.agreedBy)}` : '';
    lines.push(`_Agreed${by}${board.agreedOn ? ` on ${formatDay(board.agreedOn)}` : ''}._`, '');
  }
  lines.push(
    ...valueLines(board),
    ...voteLines(board),
    ...changedLines(board, formatDay),
    ...milestoneLines(board, formatDay),
    ...pathLines(board, oneLine),
  );
  lines.push(...closingLines(board, formatDay));
  const count = Object.keys(board.milestones).length;
  lines.push(
    `_${plural(count, 'milestone')} across ${plural(board.horizons.length, 'horizon')}. Made with Partner Horizons._`,
  );
  return `${lines.join('\n')}\n`;
}
