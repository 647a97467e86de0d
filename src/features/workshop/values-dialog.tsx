import { useShallow } from 'zustand/react/shallow';
import { alignmentSummary } from '../../domain/values';
import { LIMITS, type Value } from '../../domain/schema';
import {
  ALIGNMENTS,
  VALUE_SIDES,
  VALUE_SIDE_LABELS,
  alignmentAnswer,
  alignmentQuestion,
  type Alignment,
  type ValueSide,
} from '../../domain/workshop-terms';
import { useBoardsStore } from '../../store/boards-store';
import { NoticeDialog } from '../../ui/notice-dialog';
import { Icon } from '../../ui/icon';
import { InlineText } from '../../ui/inline-text';
import { AddForm } from '../../ui/add-form';
import './workshop-dialogs.css';
import './values-dialog.css';

/** Our values and theirs, each marked by how far the other side shares it. */
export function ValuesDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const values = useBoardsStore(useShallow((s) => s.boards[boardId]?.values ?? []));
  const summary = alignmentSummary(values);

  return (
    <NoticeDialog
      title="Values alignment"
      description="Write down what matters most to each side, then mark how far the other side shares it. Talk the differences through before you invest together."
      onClose={onClose}
      wide
      closeLabel="Done"
    >
      <section className="values-summary" aria-label="Alignment summary">
        <p className="values-summary__counts">
          <strong>{summary.shared}</strong> shared · <strong>{summary.differing}</strong>{' '}
          {summary.differing === 1 ? 'differs' : 'differ'} · <strong>{summary.open}</strong> not
          discussed yet
        </p>
        {summary.differing > 0 ? (
          <>
            <h3 className="values-summary__title">Where we differ</h3>
            <ul className="values-summary__list">
              {summary.differences.map((v) => (
                <li key={v.id}>
                  <strong>{v.text}</strong> ({v.side === 'ours' ? 'ours' : 'theirs'}) —{' '}
                  {alignmentAnswer(v.side, v.alignment).toLowerCase()}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="field__hint">
            {values.length
              ? 'No differences marked.'
              : 'No values yet: start with the two or three each side would not give up.'}
          </p>
        )}
      </section>
      <div className="values-columns">
        {VALUE_SIDES.map((side) => (
          <ValueList
            key={side}
            boardId={boardId}
            side={side}
            values={values.filter((v) => v.side === side)}
            full={values.length >= LIMITS.values}
          />
        ))}
      </div>
    </NoticeDialog>
  );
}

function ValueList({
  boardId,
  side,
  values,
  full,
}: {
  boardId: string;
  side: ValueSide;
  values: Value[];
  full: boolean;
}) {
  const store = useBoardsStore.getState;
  const headingId = `values-${side}`;

  return (
    <section className="values-column" aria-labelledby={headingId}>
      <h3 id={headingId} className="values-column__title">
        {VALUE_SIDE_LABELS[side]}
      </h3>
      {values.length === 0 ? (
        <p className="field__hint">None yet.</p>
      ) : (
        <ul className="values-list">
          {values.map((value) => (
            <ValueRow key={value.id} boardId={boardId} side={side} value={value} />
          ))}
        </ul>
      )}
      <AddForm
        id={`value-new-${side}`}
        label={side === 'ours' ? 'Add one of our values' : 'Add one of their values'}
        placeholder={side === 'ours' ? 'e.g. Customer first' : 'e.g. Speed to market'}
        maxLength={LIMITS.value}
        disabled={full}
        onAdd={(text) => {
          if (!text.trim()) return 'Write the value in a few words, e.g. “Customer first”.';
          const result = store().addValue(boardId, side, text);
          return result.ok ? null : result.reason;
        }}
      />
      {full && <p className="field__hint">A board holds at most {LIMITS.values} values.</p>}
    </section>
  );
}

/** One value: its words, how far the other side shares it, whether it is internal, remove. */
function ValueRow({ boardId, side, value }: { boardId: string; side: ValueSide; value: Value }) {
  const store = useBoardsStore.getState;
  return (
    <li className={`value value--${value.alignment}`}>
      <InlineText
        value={value.text}
        label="Value"
        placeholder="Value"
        required
        maxLength={LIMITS.value}
        onCommit={(next) => store().updateValue(boardId, value.id, { text: next })}
      />
      <select
        className="select value__alignment"
        aria-label={alignmentQuestion(side, value.text)}
        value={value.alignment}
        onChange={(e) =>
          store().updateValue(boardId, value.id, {
            alignment: e.target.value as Alignment,
          })
        }
      >
        {ALIGNMENTS.map((a) => (
          <option key={a} value={a}>
            {alignmentAnswer(side, a)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={`button value__internal${value.internal ? ' is-on' : ''}`}
        aria-pressed={value.internal === true}
        aria-label={`Internal: ${value.text}`}
        title="Internal: for our team only, left out of the partner view"
        onClick={() => store().updateValue(boardId, value.id, { internal: !value.internal })}
      >
        <Icon name="lock" /> Internal
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove “${value.text}”`}
        onClick={() => store().removeValue(boardId, value.id)}
      >
        <Icon name="trash" />
      </button>
    </li>
  );
}
