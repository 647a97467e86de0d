import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { boardBrief } from '../../domain/brief';
import type { Board } from '../../domain/schema';
import { APP_SIGNATURE, exportBoard } from '../../persistence/export-file';
import { paths } from '../../config/paths';
import { Dialog } from '../../ui/dialog';
import { downloadFile, slugify } from '../../ui/download';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { BoardPoster } from './board-poster';

/** Renders the whole board off screen and saves it as a PNG at twice the pixel density. */
function ImageCapture({ board, onDone }: { board: Board; onDone: (error?: unknown) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    // The image library is only fetched when someone asks for an image.
    import('html-to-image')
      .then(({ toBlob }) => toBlob(ref.current!, { pixelRatio: 2, cacheBust: false }))
      .then((blob) => {
        if (cancelled) return;
        if (!blob) throw new Error('The browser made no image.');
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `${slugify(board.partner.name || board.title)}.png`;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        onDone();
      })
      .catch((error: unknown) => !cancelled && onDone(error));
    return () => {
      cancelled = true;
    };
    // Taken once, of the board as it was when asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return createPortal(
    <div className="poster-capture" aria-hidden="true">
      <div ref={ref}>
        <BoardPoster board={board} />
      </div>
    </div>,
    document.body,
  );
}

/** Every way a board leaves the browser, in one place. */
export function ShareDialog({ board, onClose }: { board: Board; onClose: () => void }) {
  const brief = useMemo(() => boardBrief(board), [board]);
  const [capturing, setCapturing] = useState(false);
  const fileName = slugify(board.partner.name || board.title);

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

  const copyBrief = async () => {
    try {
      await navigator.clipboard.writeText(brief);
      showToast('Brief copied. Paste it into an email or a document.');
    } catch {
      showToast('The browser would not copy. Select the text and copy it yourself.');
    }
  };

  return (
    <Dialog title="Share and export" onClose={onClose} wide>
      <div className="dialog__body share">
        <section className="share__item" aria-labelledby="share-file">
          <div>
            <h3 id="share-file">Board file</h3>
            <p>A .partner-board.json file that anyone can import into Partner Horizons.</p>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              exportBoard(board, downloadFile);
              showToast('Board file downloaded.');
            }}
          >
            <Icon name="download" /> Download board file
          </button>
        </section>
        <section className="share__item share__item--link" aria-labelledby="share-link">
          <div>
            <h3 id="share-link">Share link</h3>
            <p>
              The whole board inside a link that opens it read-only in any browser. It never passes
              through a server; anyone with the link can see the board.
            </p>
            {link && 'url' in link && (
              <input
                className="input share__url"
                readOnly
                value={link.url}
                aria-label="Share link"
                onFocus={(event) => event.currentTarget.select()}
              />
            )}
            {link && 'error' in link && (
              <p className="field__error" role="alert">
                {link.error}
              </p>
            )}
          </div>
          <button type="button" className="button" onClick={() => void copyLink()}>
            <Icon name="link" /> Copy share link
          </button>
        </section>
        <section className="share__item" aria-labelledby="share-image">
          <div>
            <h3 id="share-image">Image</h3>
            <p>The whole board, every horizon and card, as a sharp PNG for slides.</p>
          </div>
          <button
            type="button"
            className="button"
            disabled={capturing}
            onClick={() => setCapturing(true)}
          >
            <Icon name="image" /> {capturing ? 'Making image…' : 'Save as image'}
          </button>
        </section>
        <section className="share__item" aria-labelledby="share-print">
          <div>
            <h3 id="share-print">Print</h3>
            <p>A landscape page with the vision on top, or a PDF from the print dialog.</p>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              onClose();
              setTimeout(() => window.print(), 50);
            }}
          >
            <Icon name="print" /> Print…
          </button>
        </section>
        <section className="share__brief" aria-labelledby="share-brief">
          <h3 id="share-brief">Partner brief</h3>
          <p>Partner, vision and milestones by horizon, in Markdown for an email or a document.</p>
          <textarea
            className="textarea share__text"
            readOnly
            value={brief}
            rows={8}
            aria-labelledby="share-brief"
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => void copyBrief()}>
              <Icon name="copy" /> Copy brief
            </button>
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(`${fileName}-brief.md`, brief, 'text/markdown')}
            >
              <Icon name="download" /> Download brief
            </button>
          </div>
        </section>
      </div>
      {capturing && (
        <ImageCapture
          board={board}
          onDone={(error) => {
            setCapturing(false);
            showToast(error ? 'The image could not be made.' : 'Image saved.');
          }}
        />
      )}
    </Dialog>
  );
}
