import { useMemo, useState } from 'react';
import { boardFor, type Audience } from '../../domain/audience';
import { boardBrief } from '../../domain/brief';
import { useBoard } from '../../store/selectors';
import { Dialog } from '../../ui/dialog';
import { slugify } from '../../domain/file-names';
import { downloadFile } from '../../ui/download';
import { formatDay } from '../../ui/dates';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { AudienceChoice } from './audience-choice';
import { copyBrief } from './brief-html';
import { BOARD_EXPORTS } from './board-exports';
import './share-dialog.css';

/**
 * Every way a board leaves the browser, in one place: who it is for, the exports, then the
 * brief. Each is made from the board as that audience may see it (domain/audience.ts).
 */
export function ShareDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  // The exports take the whole board, so the dialog follows all of it while open.
  const board = useBoard(boardId);
  const [audience, setAudience] = useState<Audience>('partner');
  const shown = useMemo(() => board && boardFor(board, audience), [board, audience]);
  const brief = useMemo(() => (shown ? boardBrief(shown, { formatDay }) : ''), [shown]);
  if (!board || !shown) return null;
  const fileName = slugify(board.partner.name || board.title);

  const copy = async () => {
    try {
      await copyBrief(brief);
      showToast('Brief copied. Paste it into an email or a document: it keeps its headings.');
    } catch {
      showToast('The browser would not copy. Select the text and copy it yourself.');
    }
  };

  return (
    <Dialog title="Share and export" onClose={onClose} wide>
      <div className="dialog__body share">
        <AudienceChoice board={board} audience={audience} onChange={setAudience} />
        {BOARD_EXPORTS.map((entry) => (
          <entry.Item
            key={`${entry.id}-${audience}`}
            entry={entry}
            board={shown}
            audience={audience}
            onClose={onClose}
          />
        ))}
        <section className="share__brief" aria-labelledby="share-brief">
          <h3 id="share-brief">Partner brief</h3>
          <p>
            A three-line summary, the vision, milestones by horizon, next steps and asks. Copy
            pastes it formatted into an email or a document; the download is Markdown.
          </p>
          <textarea
            className="textarea share__text"
            readOnly
            value={brief}
            rows={8}
            aria-labelledby="share-brief"
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => void copy()}>
              <Icon name="copy" /> Copy brief
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                downloadFile(`${fileName}-brief.md`, brief, 'text/markdown');
                showToast('Brief downloaded, as Markdown.');
              }}
            >
              <Icon name="download" /> Download brief
            </button>
          </div>
        </section>
      </div>
    </Dialog>
  );
}
