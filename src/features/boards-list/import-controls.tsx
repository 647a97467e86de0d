import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import { Dialog } from '../../ui/dialog';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import type { ImportedBoard } from '../../domain/board-file';
import type { MergeSummary } from '../../domain/merge';
import { useBoardsStore } from '../../store/boards-store';
import { addAsCopy, importFile, mergeIntoBoard, type ImportReport } from './import-boards';
import './import-controls.css';

type Shown =
  | { kind: 'error'; messages: string[] }
  | { kind: 'notes'; report: ImportReport }
  | { kind: 'choose'; pending: ImportedBoard[] }
  | { kind: 'merged'; boardId: string; title: string; summary: MergeSummary };

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

/** Imports every file given, one after another, and reports on all of them together. */
function useImport() {
  const [shown, setShown] = useState<Shown | null>(null);
  const navigate = useNavigate();
  const open = (id: string) => navigate(paths.board.getHref(id));

  const run = async (files: File[]) => {
    const errors: string[] = [];
    const pending: ImportedBoard[] = [];
    let withNotes: ImportReport | null = null;
    for (const file of files) {
      const outcome = await importFile(file);
      if (!outcome.ok) {
        errors.push(outcome.error);
        continue;
      }
      pending.push(...outcome.report.alreadyHere);
      if (outcome.report.notes.length) withNotes = outcome.report;
      const { added } = outcome.report;
      if (added.length && !outcome.report.notes.length) {
        showToast(
          added.length === 1
            ? `Imported “${added[0]!.title}”.`
            : `Imported ${added.length} boards.`,
          added.length === 1 ? { label: 'Open', run: () => open(added[0]!.id) } : undefined,
        );
      }
    }
    if (errors.length) setShown({ kind: 'error', messages: errors });
    else if (pending.length) setShown({ kind: 'choose', pending });
    else if (withNotes) setShown({ kind: 'notes', report: withNotes });
  };

  const next = (pending: ImportedBoard[]) =>
    setShown(pending.length ? { kind: 'choose', pending } : null);

  let dialog = null;
  if (shown?.kind === 'error') {
    dialog = (
      <Dialog title="Nothing was imported" onClose={() => setShown(null)}>
        <div className="dialog__body">
          {shown.messages.map((m) => (
            <p key={m} role="alert">
              {m}
            </p>
          ))}
          <p>Your boards are unchanged.</p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={() => setShown(null)}>
              OK
            </button>
          </div>
        </div>
      </Dialog>
    );
  } else if (shown?.kind === 'notes') {
    const { added, notes } = shown.report;
    dialog = (
      <Dialog title="Imported, with notes" onClose={() => setShown(null)}>
        <div className="dialog__body">
          <p>
            Added {added.map((b) => `“${b.title}”`).join(', ')}. Some parts of the file could not be
            used:
          </p>
          <ul className="import-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <div className="dialog__actions">
            {added.length === 1 && (
              <button type="button" className="button" onClick={() => open(added[0]!.id)}>
                Open board
              </button>
            )}
            <button type="button" className="button button--primary" onClick={() => setShown(null)}>
              OK
            </button>
          </div>
        </div>
      </Dialog>
    );
  } else if (shown?.kind === 'choose') {
    const [current, ...rest] = shown.pending;
    const title = current!.board.title;
    dialog = (
      <Dialog
        key={current!.board.id}
        title={`“${title}” is already here`}
        onClose={() => next(rest)}
        description="This file holds a board that is also in this browser, perhaps a teammate’s copy of it."
      >
        <div className="dialog__body">
          <p>
            <strong>Merge</strong> brings in what changed in the file and keeps what changed here;
            where both changed the same thing, the later edit wins and you see a list. It can be
            undone. <strong>Add as a separate copy</strong> leaves this board as it is.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => next(rest)}>
              Skip
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                const copy = addAsCopy(current!);
                showToast(`Added “${copy.title}”.`, { label: 'Open', run: () => open(copy.id) });
                next(rest);
              }}
            >
              Add as a separate copy
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const summary = mergeIntoBoard(current!);
                if (summary)
                  setShown({ kind: 'merged', boardId: current!.board.id, title, summary });
                else next(rest);
              }}
            >
              Merge into my board
            </button>
          </div>
        </div>
      </Dialog>
    );
  } else if (shown?.kind === 'merged') {
    const { summary, boardId, title } = shown;
    const nothing =
      !summary.added.length &&
      !summary.changed.length &&
      !summary.removed.length &&
      !summary.conflicts.length;
    dialog = (
      <Dialog title={`Merged into “${title}”`} onClose={() => setShown(null)}>
        <div className="dialog__body merge-summary">
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
          <div className="dialog__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                useBoardsStore.getState().undo(boardId);
                showToast(`Undid the merge into “${title}”.`);
                setShown(null);
              }}
            >
              <Icon name="undo" /> Undo merge
            </button>
            <button type="button" className="button" onClick={() => open(boardId)}>
              Open board
            </button>
            <button type="button" className="button button--primary" onClick={() => setShown(null)}>
              OK
            </button>
          </div>
        </div>
      </Dialog>
    );
  }
  return { run, dialog };
}

/** "Import" opens the file picker; the boards it holds are added, never swapped in. */
export function ImportButton({ label = 'Import' }: { label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const { run, dialog } = useImport();
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        <Icon name="upload" /> {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        aria-label="Board file to import"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void run(files);
        }}
      />
      {dialog}
    </>
  );
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The page's main landmark, where files dropped anywhere are imported. */
export function FileDropZone({ children, className }: { children: ReactNode; className?: string }) {
  const [over, setOver] = useState(false);
  const { run, dialog } = useImport();
  return (
    <main
      id="main"
      className={`${className ?? ''}${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        void run([...event.dataTransfer.files]);
      }}
    >
      {children}
      {over && (
        <div className="drop-zone__hint" aria-hidden="true">
          Drop a board file to import it
        </div>
      )}
      {dialog}
    </main>
  );
}
