import type { ImportedBoard } from '../../domain/board-file';
import type { MergeSummary } from '../../domain/merge';
import { Dialog } from '../../ui/dialog';
import { Icon } from '../../ui/icon';
import { NoticeDialog } from '../../ui/notice-dialog';
import { TechnicalDetails } from '../../ui/technical-details';
import type { ImportReport } from './import-boards';

export interface ImportError {
  message: string;
  details?: string | undefined;
}

/** Files that could not be imported, each with why in plain words, the technical side folded. */
export function ImportErrors({ errors, onClose }: { errors: ImportError[]; onClose: () => void }) {
  return (
    <NoticeDialog title="Nothing was imported" onClose={onClose}>
      {errors.map(({ message, details }) => (
        <div key={message}>
          <p role="alert">{message}</p>
          <TechnicalDetails detail={details} />
        </div>
      ))}
      <p>Your boards are unchanged.</p>
    </NoticeDialog>
  );
}

/** Boards added, and the parts of the file that could not be used. */
export function ImportNotes({
  report: { added, notes, notices, details },
  onOpen,
  onClose,
}: {
  report: ImportReport;
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  return (
    <NoticeDialog
      title="Imported, with notes"
      onClose={onClose}
      actions={
        added.length === 1 && (
          <button type="button" className="button" onClick={() => onOpen(added[0]!.id)}>
            Open board
          </button>
        )
      }
    >
      <p>
        Added {added.map((b) => `“${b.title}”`).join(', ')}. Parts of the file were damaged or did
        not fit, so they were changed or left out:
      </p>
      <ul className="import-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
      <TechnicalDetails detail={details.join('\n')} />
    </NoticeDialog>
  );
}

/** A board in the file that is also here: merge it, add it as a copy, or skip it. */
export function AlreadyHere({
  imported,
  onSkip,
  onCopy,
  onMerge,
}: {
  imported: ImportedBoard;
  onSkip: () => void;
  onCopy: () => void;
  onMerge: () => void;
}) {
  return (
    <Dialog
      title={`“${imported.board.title}” is already here`}
      onClose={onSkip}
      description="This file holds a board that is also in this browser, perhaps a teammate’s copy of it."
    >
      <div className="dialog__body">
        <p>
          <strong>Merge</strong> brings in what changed in the file and keeps what changed here;
          where both changed the same thing, the later edit wins and you see a list. It can be
          undone. <strong>Add as a separate copy</strong> leaves this board as it is.
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onSkip}>
            Skip
          </button>
          <button type="button" className="button" onClick={onCopy}>
            Add as a separate copy
          </button>
          <button type="button" className="button button--primary" onClick={onMerge}>
            Merge into my board
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function SummaryList({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3 className="merge-summary__label">
        {label} ({items.length})
      </h3>
      <ul className="import-notes">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** What a merge brought in, changed and removed, and where both sides changed a thing. */
export function MergedSummary({
  title,
  summary,
  onUndo,
  onOpen,
  onClose,
}: {
  title: string;
  summary: MergeSummary;
  onUndo: () => void;
  onOpen: () => void;
  onClose: () => void;
}) {
  const nothing =
    !summary.added.length &&
    !summary.changed.length &&
    !summary.removed.length &&
    !summary.conflicts.length;
  return (
    <NoticeDialog
      title={`Merged into “${title}”`}
      bodyClassName="merge-summary"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onUndo}>
            <Icon name="undo" /> Undo merge
          </button>
          <button type="button" className="button" onClick={onOpen}>
            Open board
          </button>
        </>
      }
    >
      {nothing ? (
        <p>Nothing new: the file holds nothing this board does not already have.</p>
      ) : (
        <>
          <SummaryList label="Added" items={summary.added} />
          <SummaryList label="Changed" items={summary.changed} />
          <SummaryList label="Removed" items={summary.removed} />
          <SummaryList label="Changed on both sides" items={summary.conflicts} />
        </>
      )}
    </NoticeDialog>
  );
}
