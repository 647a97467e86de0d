import { placeNameOf } from '../../domain/milestones';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LINK_KINDS, LINK_KIND_LABELS, type LinkKind } from '../../domain/link-terms';
import { LIMITS, type Board, type Milestone } from '../../domain/schema';
import { linksOf } from '../../domain/pathways';
import { useBoardsStore } from '../../store/boards-store';
import { Field, FieldError, TextField } from '../../ui/text-field';
import { createLink } from './link-actions';

const MAX_SHOWN = 8;

/** How well a title matches what was typed: its start first, then a word's start, then within. */
function rank(title: string, words: readonly string[]): number {
  const lower = title.toLowerCase();
  if (!words.length || lower.startsWith(words[0]!)) return 0;
  const starts = lower.split(/[^\p{L}\p{N}]+/u);
  return words.every((w) => starts.some((part) => part.startsWith(w))) ? 1 : 2;
}

/**
 * The milestones `from` can link to that match what was typed: not itself, not one it is
 * linked with already; the best matches first, then in the horizons' order.
 */
function candidates(board: Board | undefined, from: string, query: string): Milestone[] {
  if (!board) return [];
  const linked = new Set(
    linksOf(board).flatMap((l) => (l.from === from ? [l.to] : l.to === from ? [l.from] : [])),
  );
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const order = new Map(board.horizons.map((h, i) => [h.id, i]));
  return Object.values(board.milestones)
    .filter(
      (m) =>
        m.id !== from &&
        !linked.has(m.id) &&
        words.every((word) => m.title.toLowerCase().includes(word)),
    )
    .sort(
      (a, b) =>
        rank(a.title, words) - rank(b.title, words) ||
        (order.get(a.horizonId) ?? 99) - (order.get(b.horizonId) ?? 99) ||
        a.position - b.position,
    );
}

/**
 * Links one milestone to another chosen from a searchable list: the kind (leads to, depends
 * on), the other milestone, and a few words if the team wants them. Used from a card's L key
 * and from the milestone's editor.
 */
interface LinkFormProps {
  boardId: string;
  from: string;
  onLinked?: () => void;
  autoFocus?: boolean;
}

export function LinkForm({ boardId, from, onLinked, autoFocus = false }: LinkFormProps) {
  const board = useBoardsStore((s) => s.boards[boardId]);
  const [kind, setKind] = useState<LinkKind>('leads-to');
  const [query, setQuery] = useState('');
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string>();
  const resultsId = useId();
  const search = useRef<HTMLInputElement>(null);
  // Opened from a button: typing goes to the search at once.
  useEffect(() => {
    if (autoFocus) search.current?.focus();
  }, [autoFocus]);
  const errorId = useId();
  const all = useMemo(() => candidates(board, from, query), [board, from, query]);
  const shown = all.slice(0, MAX_SHOWN);
  const title = board?.milestones[from]?.title ?? '';

  const pick = (to: string) => {
    const outcome = createLink(boardId, { from, to, kind, label });
    if (!outcome.ok) return setMessage(outcome.message);
    setMessage(undefined);
    setQuery('');
    setLabel('');
    onLinked?.();
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter takes the first match; it never submits a form around this one.
    if (event.key === 'Enter') {
      event.preventDefault();
      if (shown[0]) pick(shown[0].id);
    }
    if (event.key === 'ArrowDown' && shown.length) {
      event.preventDefault();
      document.getElementById(resultsId)?.querySelector<HTMLElement>('button')?.focus();
    }
  };

  return (
    <div className="link-form">
      <KindField title={title} kind={kind} onKind={setKind} />
      <Field
        label="Find the milestone"
        hint="Type part of its title, then choose it below or press Enter for the first."
        formErrorId={message ? errorId : undefined}
        control={(wiring) => (
          <input
            {...wiring}
            ref={search}
            data-autofocus={autoFocus || undefined}
            type="search"
            className="input"
            value={query}
            autoComplete="off"
            aria-controls={resultsId}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
          />
        )}
      />
      <Results
        id={resultsId}
        board={board}
        shown={shown}
        more={all.length - shown.length}
        verb={LINK_KIND_LABELS[kind]}
        query={query}
        onPick={pick}
      />
      <TextField
        label="A few words on the step (optional)"
        placeholder="e.g. usage makes the case"
        maxLength={LIMITS.linkLabel}
        value={label}
        onChange={setLabel}
      />
      <FieldError id={errorId} message={message} />
    </div>
  );
}

/** The milestones that match, each a button that links to it; or why there are none. */
function Results({
  id,
  board,
  shown,
  more,
  verb,
  query,
  onPick,
}: {
  id: string;
  board: Board | undefined;
  shown: Milestone[];
  more: number;
  verb: string;
  query: string;
  onPick: (id: string) => void;
}) {
  return (
    <>
      <ul id={id} className="link-form__results" aria-label="Milestones to link to">
        {shown.map((m) => (
          <li key={m.id}>
            <button type="button" className="link-form__result" onClick={() => onPick(m.id)}>
              <span className="link-form__verb">{verb}</span>{' '}
              <span className="link-form__title">{m.title}</span>{' '}
              <span className="link-form__place">{board && placeNameOf(board, m)}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="link-form__none">
          {query
            ? `No milestone matches “${query}”. Try fewer letters.`
            : 'Every other milestone is linked to this one already.'}
        </p>
      )}
      {more > 0 && (
        <p className="link-form__none">
          {more} more match: type more of the title to find the one you mean.
        </p>
      )}
    </>
  );
}

/** How the milestone relates to the one to be chosen: it leads to it, or depends on it. */
function KindField({
  title,
  kind,
  onKind,
}: {
  title: string;
  kind: LinkKind;
  onKind: (kind: LinkKind) => void;
}) {
  return (
    <Field
      label={`“${title}”…`}
      control={(wiring) => (
        <select
          {...wiring}
          className="select"
          value={kind}
          onChange={(e) => onKind(e.target.value as LinkKind)}
        >
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {LINK_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      )}
    />
  );
}
