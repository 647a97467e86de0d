import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import { Dialog } from '../../ui/dialog';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { importFile, type ImportOutcome } from './import-boards';

type Shown =
  | { kind: 'error'; messages: string[] }
  | { kind: 'notes'; outcome: Extract<ImportOutcome, { ok: true }> };

/** Imports every file given, one after another, and reports on all of them together. */
function useImport() {
  const [shown, setShown] = useState<Shown | null>(null);
  const navigate = useNavigate();
  const run = async (files: File[]) => {
    const errors: string[] = [];
    for (const file of files) {
      const outcome = await importFile(file);
      if (!outcome.ok) {
        errors.push(outcome.error);
      } else if (outcome.report.notes.length) {
        setShown({ kind: 'notes', outcome });
      } else {
        const [first] = outcome.report.added;
        const count = outcome.report.added.length;
        showToast(
          count === 1 ? `Imported “${first!.title}”.` : `Imported ${count} boards.`,
          count === 1
            ? { label: 'Open', run: () => navigate(paths.board.getHref(first!.id)) }
            : undefined,
        );
      }
    }
    if (errors.length) setShown({ kind: 'error', messages: errors });
  };
  const dialog = shown && (
    <Dialog
      title={shown.kind === 'error' ? 'Nothing was imported' : 'Imported, with notes'}
      onClose={() => setShown(null)}
    >
      <div className="dialog__body">
        {shown.kind === 'error' ? (
          <>
            {shown.messages.map((m) => (
              <p key={m} role="alert">
                {m}
              </p>
            ))}
            <p>Your boards are unchanged.</p>
          </>
        ) : (
          <>
            <p>
              Added {shown.outcome.report.added.map((b) => `“${b.title}”`).join(', ')}. Some parts
              of the file could not be used:
            </p>
            <ul className="import-notes">
              {shown.outcome.report.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        )}
        <div className="dialog__actions">
          {shown.kind === 'notes' && shown.outcome.report.added.length === 1 && (
            <button
              type="button"
              className="button"
              onClick={() => navigate(paths.board.getHref(shown.outcome.report.added[0]!.id))}
            >
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
