import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import type { ImportedBoard } from '../../domain/board-file';
import type { MergeSummary } from '../../domain/merge';
import { useBoardsStore } from '../../store/boards-store';
import type { ImportReport } from './import-boards';

// Reading, checking and merging files loads when a file arrives, not with the list.
const loadImports = () => import('./import-boards');
import {
  AlreadyHere,
  ImportErrors,
  ImportNotes,
  MergedSummary,
  type ImportError,
} from './import-dialogs';
import './import-controls.css';

type Shown =
  | { kind: 'error'; errors: ImportError[] }
  | { kind: 'notes'; report: ImportReport }
  | { kind: 'choose'; pending: ImportedBoard[] }
  | { kind: 'merged'; boardId: string; title: string; summary: MergeSummary };

/**
 * Says which file is being read while a large one takes its time: a live region that is
 * always there (so a screen reader hears it change) and shows only while it has words.
 */
function ImportProgress({ reading }: { reading: string | null }) {
  return (
    <p className="import-progress" role="status">
      {reading && `Reading “${reading}”…`}
    </p>
  );
}

/** Imports every file given, one after another, and reports on all of them together. */
function useImport() {
  const [shown, setShown] = useState<Shown | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const navigate = useNavigate();
  const open = (id: string) => navigate(paths.board.getHref(id));

  const run = async (files: File[]) => {
    const errors: ImportError[] = [];
    const pending: ImportedBoard[] = [];
    let withNotes: ImportReport | null = null;
    for (const file of files) {
      setReading(file.name);
      const { importFile } = await loadImports();
      const outcome = await importFile(file).finally(() => setReading(null));
      if (!outcome.ok) {
        errors.push({ message: outcome.error, details: outcome.details });
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
    if (errors.length) setShown({ kind: 'error', errors });
    else if (pending.length) setShown({ kind: 'choose', pending });
    else if (withNotes) setShown({ kind: 'notes', report: withNotes });
  };

  const next = (pending: ImportedBoard[]) =>
    setShown(pending.length ? { kind: 'choose', pending } : null);

  const close = () => setShown(null);
  let dialog = null;
  if (shown?.kind === 'error') dialog = <ImportErrors errors={shown.errors} onClose={close} />;
  else if (shown?.kind === 'notes')
    dialog = <ImportNotes report={shown.report} onOpen={open} onClose={close} />;
  else if (shown?.kind === 'choose') {
    const [current, ...rest] = shown.pending;
    dialog = (
      <AlreadyHere
        key={current!.board.id}
        imported={current!}
        onSkip={() => next(rest)}
        onCopy={async () => {
          const copy = (await loadImports()).addAsCopy(current!);
          showToast(`Added “${copy.title}”.`, { label: 'Open', run: () => open(copy.id) });
          next(rest);
        }}
        onMerge={async () => {
          const summary = (await loadImports()).mergeIntoBoard(current!);
          const title = current!.board.title;
          if (summary) setShown({ kind: 'merged', boardId: current!.board.id, title, summary });
          else next(rest);
        }}
      />
    );
  } else if (shown?.kind === 'merged') {
    const { summary, boardId, title } = shown;
    dialog = (
      <MergedSummary
        title={title}
        summary={summary}
        onClose={close}
        onOpen={() => open(boardId)}
        onUndo={() => {
          useBoardsStore.getState().undo(boardId);
          showToast(`Undid the merge into “${title}”.`);
          close();
        }}
      />
    );
  }
  return { run, dialog, progress: <ImportProgress reading={reading} /> };
}

/** "Import" opens the file picker; the boards it holds are added, never swapped in. */
export function ImportButton({ label = 'Import' }: { label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const { run, dialog, progress } = useImport();
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
      {progress}
      {dialog}
    </>
  );
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The page's main landmark, where files dropped anywhere are imported. */
export function FileDropZone({ children, className }: { children: ReactNode; className?: string }) {
  const [over, setOver] = useState(false);
  const { run, dialog, progress } = useImport();
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
      {progress}
      {dialog}
    </main>
  );
}
