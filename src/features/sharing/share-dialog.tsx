import { useMemo } from 'react';
import { boardBrief } from '../../domain/brief';
import { useBoard } from '../../store/selectors';
import { Dialog } from '../../ui/dialog';
import { slugify } from '../../domain/file-names';
import { downloadFile } from '../../ui/download';
import { formatDay } from '../../ui/dates';
import { Icon } from '../../ui/icon';
import { showToast } from '../../ui/toast-store';
import { BOARD_EXPORTS } from './board-exports';
import './share-dialog.css';

/** Every way a board leaves the browser, in one place: the exports, then the brief. */
export function ShareDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  // The exports take the whole board, so the dialog follows all of it while open.
  const board = useBoard(boardId);
  const brief = useMemo(() => (board ? boardBrief(board, { formatDay }) : ''), [board]);
  if (!board) return null;
  const fileName = slugify(board.partner.name || board.title);

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
        {BOARD_EXPORTS.map((entry) => (
          <entry.Item key={entry.id} entry={entry} board={board} onClose={onClose} />
        ))}
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
    </Dialog>
  );
}
