import { MILESTONE_STATUS_LABELS, MILESTONE_TYPE_LABELS, PARTNERSHIP_KIND_LABELS } from './ladder';
import { milestoneIdsIn } from './milestones';
import type { Board, Milestone } from './schema';

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

function typeOf(m: Milestone): string {
  return m.type === 'custom' && m.customType ? m.customType : MILESTONE_TYPE_LABELS[m.type];
}

/**
 * A one-page partner brief in Markdown, for an email or a document: the partner, the
 * vision, then the milestones of each horizon with owner, confidence and status.
 */
export function boardBrief(board: Board, { date = new Date() }: { date?: Date } = {}): string {
  const lines: string[] = [];
  const partner = board.partner.name || board.title;
  lines.push(`# Partner brief: ${oneLine(partner)}`, '');
  const day = date.toISOString().slice(0, 10);
  lines.push(`Board “${oneLine(board.title)}”, as of ${day}.`, '');
  if (board.partner.kinds.length) {
    lines.push(
      `**Partnership:** ${board.partner.kinds.map((k) => PARTNERSHIP_KIND_LABELS[k]).join(', ')}`,
      '',
    );
  }
  lines.push(
    '## Vision',
    '',
    board.vision.trim() ? oneLine(board.vision) : '_No vision written yet._',
    '',
  );
  lines.push('## Milestones by horizon', '');
  for (const horizon of board.horizons) {
    const ids = milestoneIdsIn(board, horizon.id);
    const timeframe = horizon.timeframe ? ` (${oneLine(horizon.timeframe)})` : '';
    lines.push(`### ${oneLine(horizon.title)}${timeframe}`, '');
    if (ids.length === 0) lines.push('_Nothing here yet._');
    for (const id of ids) {
      const m = board.milestones[id]!;
      const details = [
        typeOf(m),
        m.owner && `owner ${m.owner}`,
        `${m.confidence}% confidence`,
        MILESTONE_STATUS_LABELS[m.status],
        m.targetDate && `target ${m.targetDate}`,
      ]
        .filter(Boolean)
        .map((d) => oneLine(d as string));
      lines.push(`- **${oneLine(m.title)}** — ${details.join(' · ')}`);
    }
    lines.push('');
  }
  const count = Object.keys(board.milestones).length;
  lines.push(
    `_${count} ${count === 1 ? 'milestone' : 'milestones'} across ${board.horizons.length} horizons. Made with Partner Horizons._`,
  );
  return `${lines.join('\n')}\n`;
}
