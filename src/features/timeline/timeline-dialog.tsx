import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { LIMITS, type Snapshot } from '../../domain/schema';
import { snapshotsOf } from '../../domain/timeline';
import { plural } from '../../domain/plural';
import { useBoardsStore } from '../../store/boards-store';
import { AddForm } from '../../ui/add-form';
import { NoticeDialog } from '../../ui/notice-dialog';
import { InlineText } from '../../ui/inline-text';
import { Icon } from '../../ui/icon';
import { formatDay, formatMoment } from '../../ui/dates';
import { showToast } from '../../ui/toast-store';
import { deleteSnapshot, renameSnapshot, saveSnapshot } from './timeline-actions';
import { DecisionLogView } from './decision-log-view';
import { ScenariosSection } from './scenarios-section';
import { CalendarSection } from './calendar-section';
import './timeline.css';

const EMPTY: readonly Snapshot[] = [];

/**
 * The board's timeline: save the board as it is now under a name ("Q4 2026 workshop"), and
 * find every moment saved before, newest first, to open, rename or delete.
 */
export function TimelineDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const board = useBoardsStore((s) => s.boards[boardId]);
  const snapshots = board ? snapshotsOf(board) : EMPTY;
  const store = useBoardsStore.getState;
  const save = (text: string) => {
    const name = text.trim() || formatDay(new Date());
    const result = saveSnapshot(boardId, name);
    if (!result) return 'This board is no longer here.';
    const undo = { label: 'Undo', run: () => store().undo(boardId) };
    showToast(
      result.dropped
        ? `Snapshot “${name}” saved. The oldest, “${result.dropped}”, made room for it.`
        : `Snapshot “${name}” saved.`,
      undo,
    );
    return null;
  };
  const newestFirst = [...snapshots].reverse();

  return (
    <NoticeDialog
      title="Timeline"
      description="Save the board as it stands at the end of each workshop. Next time, open a snapshot, or compare it with now, to see what changed and why."
      onClose={onClose}
      wide
      closeLabel="Done"
    >
      <section className="timeline-form" aria-labelledby="timeline-save-title">
        <h3 id="timeline-save-title" className="timeline__heading">
          Save a snapshot
        </h3>
        <AddForm
          id="snapshot-name"
          label="Snapshot name"
          placeholder="e.g. Q4 2026 workshop"
          maxLength={LIMITS.snapshotName}
          buttonText="Save snapshot"
          onAdd={save}
        />
        <p className="field__hint">
          It keeps the vision, values and every milestone as they are now. Left unnamed, it is named
          by today’s date.
        </p>
      </section>
      <section aria-labelledby="timeline-list-title">
        <h3 id="timeline-list-title" className="timeline__heading">
          {snapshots.length ? `Snapshots (${snapshots.length})` : 'Snapshots'}
        </h3>
        {newestFirst.length === 0 ? (
          <p className="field__hint">
            No snapshots yet. Save one at the end of a workshop: at the next review you can open it
            and see what has changed since.
          </p>
        ) : (
          <ol className="timeline-list" reversed>
            {newestFirst.map((snapshot) => (
              <SnapshotRow key={snapshot.id} boardId={boardId} snapshot={snapshot} />
            ))}
          </ol>
        )}
      </section>
      <Section id="timeline-scenarios" title="Scenarios" form>
        {board && <ScenariosSection board={board} onClose={onClose} />}
      </Section>
      <Section id="timeline-calendar" title="Horizons on the calendar">
        {board && <CalendarSection board={board} />}
      </Section>
      <Section id="timeline-log" title="Decision log">
        {board && <DecisionLogView board={board} />}
      </Section>
    </NoticeDialog>
  );
}

function SnapshotRow({ boardId, snapshot }: { boardId: string; snapshot: Snapshot }) {
  const store = useBoardsStore.getState;
  const count = Object.keys(snapshot.milestones).length;
  const remove = () => {
    deleteSnapshot(boardId, snapshot.id);
    showToast(`Snapshot “${snapshot.name}” deleted.`, {
      label: 'Undo',
      run: () => store().undo(boardId),
    });
  };
  return (
    <li className="timeline-row">
      <div className="timeline-row__text">
        <InlineText
          value={snapshot.name}
          label="Snapshot name"
          placeholder="Snapshot name"
          required
          maxLength={LIMITS.snapshotName}
          onCommit={(name) => renameSnapshot(boardId, snapshot.id, name)}
        />
        <span className="timeline-row__meta">
          <time dateTime={snapshot.takenAt}>{formatMoment(snapshot.takenAt)}</time> ·{' '}
          {plural(count, 'milestone')}
        </span>
      </div>
      <span className="timeline-row__actions">
        <Link
          className="button"
          to={paths.snapshot.getHref(boardId, snapshot.id)}
          aria-label={`Open “${snapshot.name}”`}
        >
          <Icon name="history" /> Open
        </Link>
        <Link
          className="button"
          to={paths.compare.getHref(boardId, snapshot.id)}
          aria-label={`Compare “${snapshot.name}” with now`}
        >
          Compare
        </Link>
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete “${snapshot.name}”`}
          onClick={remove}
        >
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}

/** One part of the timeline, headed, named by its heading. */
function Section({
  id,
  title,
  form = false,
  children,
}: {
  id: string;
  title: string;
  /** Holds a one-line form, which wraps on a phone. */
  form?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={form ? 'timeline-form' : undefined} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="timeline__heading">
        {title}
      </h3>
      {children}
    </section>
  );
}
