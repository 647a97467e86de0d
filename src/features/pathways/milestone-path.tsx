import { placeNameOf } from '../../domain/milestones';
import { useId, useMemo, useState } from 'react';
import { LINK_KINDS, LINK_KIND_INVERSE, LINK_KIND_LABELS } from '../../domain/link-terms';
import { confidenceLabel } from '../../domain/milestone-labels';
import { chainChance, chainSentence, linksAt, pathOf, warningsOf } from '../../domain/path-sense';
import { LIMITS, type Board, type Link } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { changeLink, removeLink } from './link-actions';
import { LinkForm } from './link-form';

/** One step of the path, as the path view lists it: title, horizon, confidence. */
function Step({ board, id, self }: { board: Board; id: string; self?: boolean }) {
  const m = board.milestones[id];
  if (!m) return null;
  return (
    <li className={self ? 'path-step path-step--self' : 'path-step'}>
      <span className="path-step__title">{m.title}</span>{' '}
      <span className="path-step__meta">
        {placeNameOf(board, m)} · {confidenceLabel(m)}
      </span>
    </li>
  );
}

/** A few words on a link, changed in place: kept when the field is left or Enter pressed. */
function LinkLabel({ boardId, link, other }: { boardId: string; link: Link; other: string }) {
  const [text, setText] = useState(link.label ?? '');
  const [was, setWas] = useState(link.label);
  // Changed elsewhere (Undo, another tab): show what the board holds now.
  if (was !== link.label) {
    setWas(link.label);
    setText(link.label ?? '');
  }
  const keep = () => {
    if (text.trim() !== (link.label ?? '')) changeLink(boardId, link.id, { label: text });
  };
  return (
    <input
      className="input link-row__label"
      aria-label={`A few words on the link with “${other}”`}
      placeholder="A few words (optional)"
      maxLength={LIMITS.linkLabel}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={keep}
      onKeyDown={(e) => {
        // Enter keeps the words; it does not save and close the editor around them.
        if (e.key === 'Enter') {
          e.preventDefault();
          keep();
        }
      }}
    />
  );
}

/** One link seen from this milestone: what it says, its kind when it starts here, Remove. */
function LinkRow({ board, link, at }: { board: Board; link: Link; at: string }) {
  const out = link.from === at;
  const other = board.milestones[out ? link.to : link.from];
  if (!other) return null;
  const change = (kind: Link['kind']) => {
    const outcome = changeLink(board.id, link.id, { kind });
    if (!outcome.ok) showToast(outcome.message);
  };
  return (
    <li className="link-row">
      {out ? (
        <select
          className="select link-row__kind"
          aria-label={`How this milestone relates to “${other.title}”`}
          value={link.kind}
          onChange={(e) => change(e.target.value as Link['kind'])}
        >
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {LINK_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      ) : (
        <span className="link-row__kind">{LINK_KIND_INVERSE[link.kind]}</span>
      )}
      <span className="link-row__title">{other.title}</span>
      <span className="link-row__place">{placeNameOf(board, other)}</span>
      <LinkLabel boardId={board.id} link={link} other={other.title} />
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove the link with “${other.title}”`}
        onClick={() => removeLink(board.id, link.id)}
      >
        <Icon name="close" />
      </button>
    </li>
  );
}

/**
 * The milestone editor's Path section: where its path contradicts time, the chain it
 * belongs to in landing order with the chance it all lands, its links (each removable) and
 * a form to add one. Links save as they are made, apart from the editor's own Save.
 */
export function MilestonePath({ boardId, milestoneId }: { boardId: string; milestoneId: string }) {
  const board = useBoardsStore((s) => s.boards[boardId]);
  const [adding, setAdding] = useState(false);
  const headingId = useId();
  const view = useMemo(() => {
    if (!board?.milestones[milestoneId]) return undefined;
    return {
      path: pathOf(board, milestoneId),
      chance: chainChance(board, milestoneId),
      warnings: warningsOf(board, milestoneId),
      links: linksAt(board, milestoneId),
    };
  }, [board, milestoneId]);
  if (!board || !view) return null;
  const { path, chance, warnings, links } = view;
  const onPath = path.upstream.length + path.downstream.length > 0;
  return (
    <section className="milestone-path" aria-labelledby={headingId}>
      <h3 id={headingId} className="milestone-path__heading">
        <Icon name="path" /> Path
      </h3>
      {warnings.length > 0 && (
        <ul className="path-warnings">
          {warnings.map((w, i) => (
            <li key={i}>
              <Icon name="warning" /> {w.text}
            </li>
          ))}
        </ul>
      )}
      {onPath ? (
        <>
          {chance.steps.length > 1 && (
            <p className="milestone-path__chance">{chainSentence(chance)}</p>
          )}
          <ol className="path-steps" aria-label="The path through this milestone, in landing order">
            {path.upstream.map((id) => (
              <Step key={id} board={board} id={id} />
            ))}
            <Step board={board} id={milestoneId} self />
            {path.downstream.map((id) => (
              <Step key={id} board={board} id={id} />
            ))}
          </ol>
        </>
      ) : (
        <p className="milestone-path__none">
          Not on a path yet. Link it to the milestone it leads to, or to one it depends on.
        </p>
      )}
      {links.length > 0 && (
        <ul className="link-rows" aria-label="Links">
          {links.map((link) => (
            <LinkRow key={link.id} board={board} link={link} at={milestoneId} />
          ))}
        </ul>
      )}
      {adding ? (
        <LinkForm
          boardId={boardId}
          from={milestoneId}
          onLinked={() => setAdding(false)}
          autoFocus
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <Icon name="link" /> Link to…
        </button>
      )}
    </section>
  );
}
