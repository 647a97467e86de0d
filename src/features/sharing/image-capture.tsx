import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Board } from '../../domain/schema';
import { slugify } from '../../domain/file-names';
import { BoardPoster } from '../../ui/board/board-poster';
import './image-capture.css';

/** Renders the whole board off screen and saves it as a PNG at twice the pixel density. */
export function ImageCapture({
  board,
  onDone,
}: {
  board: Board;
  onDone: (error?: unknown) => void;
}) {
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
