import { useId, useMemo, useState } from 'react';
import { changeWords } from '../../domain/compare';
import { entriesBetween, explainEntry, historyOf } from '../../domain/decision-log';
import { LIMITS, type Board, type LogEntry } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { formatMoment } from '../../ui/dates';
import { InlineText } from '../../ui/inline-text';

const ALL = '';

/** Local midnight of a YYYY-MM-DD day as an ISO time; `next` for the day after. */
function dayStart(day: string, next = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (next ? 1 : 0));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The milestones the log names, each once, by the title it was last logged under. */
function loggedMilestones(log: readonly LogEntry[]): { id: string; title: string }[] {
  const titles = new Map<string, string>();
  for (const entry of log) titles.set(entry.milestoneId, entry.title);
  return [...titles]
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * The board's decision log, newest first: what moved, when and why, narrowed to one milestone
 * and to a span of days. A why can be written or rewritten here at any time.
 */
export function DecisionLogView({ board }: { board: Board }) {
  const log = board.timeline?.log;
  const [milestone, setMilestone] = useState(ALL);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const id = useId();
  const milestones = useMemo(() => loggedMilestones(log ?? []), [log]);
  const shown = useMemo(() => {
    const mine = milestone === ALL ? (log ?? []) : historyOf(log ?? [], milestone);
    return entriesBetween(mine, dayStart(from), dayStart(to, true)).reverse();
  }, [log, milestone, from, to]);

  if (!log?.length)
    return (
      <p className="field__hint">
        Nothing logged yet. When a milestone moves, changes status, or its confidence changes by 20
        points or more, the board offers one line of why, and keeps it here.
      </p>
    );
  return (
    <>
      <div className="decision-log__filters">
        <label htmlFor={`${id}-m`}>Milestone</label>
        <select
          id={`${id}-m`}
          className="select"
          value={milestone}
          onChange={(event) => setMilestone(event.target.value)}
        >
          <option value={ALL}>All milestones</option>
          {milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          className="input"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          className="input"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
      </div>
      {shown.length ? (
        <ol className="decision-log__list">
          {shown.map((entry) => (
            <LogRow key={entry.id} board={board} entry={entry} />
          ))}
        </ol>
      ) : (
        <p className="field__hint">Nothing logged for that milestone in those days.</p>
      )}
    </>
  );
}

function LogRow({ board, entry }: { board: Board; entry: LogEntry }) {
  const explain = (why: string) =>
    useBoardsStore
      .getState()
      .edit(board.id, (b) => explainEntry(b, entry.id, why, new Date().toISOString()));
  return (
    <li className="decision-log__entry">
      <p className="decision-log__what">
        <strong>{entry.title}</strong>: {entry.changes.map((c) => changeWords(c, board)).join(', ')}{' '}
        <span className="decision-log__when">
          · <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
        </span>
      </p>
      <InlineText
        value={entry.why}
        label={`Why, for “${entry.title}”`}
        placeholder="Add why"
        maxLength={LIMITS.reason}
        onCommit={explain}
      />
    </li>
  );
}
