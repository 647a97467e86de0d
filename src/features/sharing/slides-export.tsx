import { useState } from 'react';
import { deckOf } from '../../domain/deck';
import { slugify } from '../../domain/file-names';
import { formatDay } from '../../ui/dates';
import { downloadFile } from '../../ui/download';
import { showToast } from '../../ui/toast-store';
import { ActionButton, ExportItem, type ExportContext } from './export-item';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** "Download slides": a PowerPoint deck of the board, for its audience. */
export function DownloadSlides({ board, audience, entry }: ExportContext) {
  const [making, setMaking] = useState(false);
  const make = async () => {
    setMaking(true);
    try {
      const deck = deckOf(board, { formatDay });
      const partner = board.partner.name || board.title;
      // The presentation library is large: fetched the first time someone asks for slides.
      const { slidesFile } = await import('./slides-file');
      const blob = await slidesFile(deck, { internal: audience === 'internal' });
      const suffix = audience === 'internal' ? '-internal' : '';
      downloadFile(`${slugify(partner)}${suffix}-slides.pptx`, blob, PPTX);
      showToast(
        `Slides downloaded: ${deck.length} slides, ready to open in PowerPoint, Keynote or Google Slides.`,
      );
    } catch {
      showToast(
        'The slides could not be made. Try again; if it keeps failing, download the board file instead.',
      );
    } finally {
      setMaking(false);
    }
  };
  return (
    <ExportItem entry={entry}>
      <ActionButton
        icon="download"
        label={making ? 'Making slides…' : 'Download slides'}
        disabled={making}
        onClick={() => void make()}
      />
    </ExportItem>
  );
}
