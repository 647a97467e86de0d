import { useState, type ComponentType, type ReactNode } from 'react';
import { paths } from '../../config/paths';
import type { Audience } from '../../domain/audience';
import type { Board } from '../../domain/schema';
import { APP_SIGNATURE, exportBoard } from '../../persistence/export-file';
import { requestPrint } from '../../ui/board/print-request';
import { downloadFile } from '../../ui/download';
import { Icon, type IconName } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { ImageCapture } from './image-capture';
import './share-dialog.css';

/**
 * What an export needs: the board as its audience may see it (domain/audience.ts), who that
 * is, a way to close the dialog first, and its own entry.
 */
export interface ExportContext {
  board: Board;
  audience: Audience;
  onClose: () => void;
  entry: BoardExport;
}

/**
 * One way a board leaves the browser: a title, a line on who it is for, and its button. The
 * Share dialog lists these in order; a new export is one more entry here.
 */
export interface BoardExport {
  id: string;
  title: string;
  description: string;
  /** Its row: an `ExportItem` with the button and any state it keeps (a link once made). */
  Item: ComponentType<ExportContext>;
}

/** One row of the Share dialog: what the export is, anything it made, and its button. */
function ExportItem({
  entry,
  detail,
  children,
}: {
  entry: BoardExport;
  detail?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `share-${entry.id}`;
  return (
    <section className={`share__item share__item--${entry.id}`} aria-labelledby={headingId}>
      <div>
        <h3 id={headingId}>{entry.title}</h3>
        <p>{entry.description}</p>
        {detail}
      </div>
      {children}
    </section>
  );
}

function ActionButton({
  icon,
  label,
  onClick,
  disabled,
}: {
  icon: IconName;
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button type="button" className="button" onClick={onClick} disabled={disabled}>
      <Icon name={icon} /> {label}
    </button>
  );
}

function DownloadFile({ board, entry }: ExportContext) {
  return (
    <ExportItem entry={entry}>
      <ActionButton
        icon="download"
        label="Download board file"
        onClick={() => {
          exportBoard(board, downloadFile);
          showToast('Board file downloaded.');
        }}
      />
    </ExportItem>
  );
}

function CopyLink({ board, entry }: ExportContext) {
  const [link, setLink] = useState<{ url: string } | { error: string } | null>(null);
  const copyLink = async () => {
    const { encodeShareFragment } = await import('../../domain/share-link');
    const encoded = encodeShareFragment(board, APP_SIGNATURE);
    if (!encoded.ok) {
      setLink({ error: encoded.error });
      return;
    }
    const url = `${location.origin}${paths.shared.getHref(encoded.fragment)}`;
    setLink({ url });
    try {
      await navigator.clipboard.writeText(url);
      showToast('Link copied. It opens this board read-only in any browser.');
    } catch {
      showToast('The browser would not copy. Select the link and copy it yourself.');
    }
  };
  const detail = link && (
    <>
      {'url' in link && (
        <input
          className="input share__url"
          readOnly
          value={link.url}
          aria-label="Share link"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      {'error' in link && (
        <p className="field__error" role="alert">
          {link.error}
        </p>
      )}
    </>
  );
  return (
    <ExportItem entry={entry} detail={detail}>
      <ActionButton icon="link" label="Copy share link" onClick={() => void copyLink()} />
    </ExportItem>
  );
}

function SaveImage({ board, entry }: ExportContext) {
  const [capturing, setCapturing] = useState(false);
  return (
    <ExportItem entry={entry}>
      <ActionButton
        icon="image"
        label={capturing ? 'Making image…' : 'Save as image'}
        disabled={capturing}
        onClick={() => setCapturing(true)}
      />
      {capturing && (
        <ImageCapture
          board={board}
          onDone={(error) => {
            setCapturing(false);
            showToast(error ? 'The image could not be made.' : 'Image saved.');
          }}
        />
      )}
    </ExportItem>
  );
}

function Print({ onClose, entry, audience }: ExportContext) {
  return (
    <ExportItem entry={entry}>
      <ActionButton
        icon="print"
        label="Print…"
        onClick={() => {
          onClose();
          setTimeout(() => requestPrint(audience), 50);
        }}
      />
    </ExportItem>
  );
}

export const BOARD_EXPORTS: readonly BoardExport[] = [
  {
    id: 'file',
    title: 'Board file',
    description: 'A .partner-board.json file that anyone can import into Partner Horizons.',
    Item: DownloadFile,
  },
  {
    id: 'link',
    title: 'Share link',
    description:
      'The whole board inside a link that opens it read-only in any browser. It never passes through a server; anyone with the link can see the board.',
    Item: CopyLink,
  },
  {
    id: 'image',
    title: 'Image',
    description: 'The whole board, every horizon and milestone, as a sharp PNG for slides.',
    Item: SaveImage,
  },
  {
    id: 'print',
    title: 'Print',
    description: 'A landscape page with the vision on top, or a PDF from the print dialog.',
    Item: Print,
  },
];
