import { useState } from 'react';
import { paths } from '../../config/paths';
import { APP_SIGNATURE, exportBoard } from '../../persistence/export-file';
import { fitsOnOnePageByDefault } from '../../ui/board/print-layout';
import { requestPrint } from '../../ui/board/print-request';
import { downloadFile } from '../../ui/download';
import { showToast } from '../../ui/toast-store';
import { ActionButton, ExportItem, type BoardExport, type ExportContext } from './export-item';
import { SaveImage } from './image-export';
import { DownloadSlides } from './slides-export';
import './share-dialog.css';

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

/** Print, with a choice: the board fitted on one page (the default up to 40 milestones). */
function Print({ board, onClose, entry, audience }: ExportContext) {
  const [fit, setFit] = useState(() =>
    fitsOnOnePageByDefault(Object.keys(board.milestones).length),
  );
  const detail = (
    <label className="checkbox">
      <input type="checkbox" checked={fit} onChange={(event) => setFit(event.target.checked)} />
      Fit the board on one page
    </label>
  );
  return (
    <ExportItem entry={entry} detail={detail}>
      <ActionButton
        icon="print"
        label="Print…"
        onClick={() => {
          onClose();
          setTimeout(() => requestPrint(audience, { fit }), 50);
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
    id: 'slides',
    title: 'Slides',
    description:
      'A PowerPoint deck: the vision, each horizon, values, the vote and the whole board, every word editable. Opens in PowerPoint, Keynote and Google Slides.',
    Item: DownloadSlides,
  },
  {
    id: 'image',
    title: 'Image',
    description:
      'The board as a picture with the vision, a key, values and top votes: a 16:9 slide (a long board gives several, in one .zip) or the whole board. SVG keeps the text editable.',
    Item: SaveImage,
  },
  {
    id: 'print',
    title: 'Print',
    description:
      'The board on landscape pages, the vision on top; values, the latest vote and the notes on a page after it. Or a PDF from the print dialog.',
    Item: Print,
  },
];
