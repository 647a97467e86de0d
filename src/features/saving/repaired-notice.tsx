import { Link, useMatch } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useBoardsStore, type RepairedRecord } from '../../store/boards-store';
import { downloadFile } from '../../ui/download';
import { Icon } from '../../ui/icon';
import './repaired-notice.css';

/**
 * A stored board that opened only after a repair (a date this app cannot read, text over
 * its limit…): the person is told what was done, and can download the original, which is
 * kept in storage and never written over.
 */
export function RepairedNotice() {
  const repaired = useBoardsStore((s) => s.repaired);
  const onList = useMatch(paths.boards.path) !== null;
  if (!repaired.length) return null;
  // On a board, one line: the room's screen is for the board; the details wait on the list.
  if (!onList)
    return (
      <p className="repaired-notice repaired-notice--line" role="status">
        <Icon name="warning" />{' '}
        {repaired.length === 1
          ? 'A saved board was repaired when it opened.'
          : `${repaired.length} saved boards were repaired when they opened.`}{' '}
        <Link to={paths.boards.getHref()}>See what was done</Link>
      </p>
    );
  return (
    <section className="repaired-notice" aria-labelledby="repaired-title">
      <h2 id="repaired-title">
        <Icon name="warning" />{' '}
        {repaired.length === 1
          ? 'A saved board was repaired when it opened'
          : `${repaired.length} saved boards were repaired when they opened`}
      </h2>
      <p>
        Parts of {repaired.length === 1 ? 'it' : 'them'} could not be read as they were, so they
        were kept in another form; nothing was dropped that could be kept. The original data is kept
        too: download it if something looks wrong.
      </p>
      <ul>
        {repaired.map((record) => (
          <RepairedItem key={record.key} record={record} />
        ))}
      </ul>
    </section>
  );
}

function RepairedItem({ record }: { record: RepairedRecord }) {
  const name = record.title || 'A board';
  return (
    <li className="repaired-notice__item">
      <div>
        <strong>{name}</strong>
        <ul className="repaired-notice__repairs">
          {record.repairs.slice(0, 5).map((repair, i) => (
            <li key={i}>{repair}</li>
          ))}
          {record.repairs.length > 5 && <li>and {record.repairs.length - 5} more.</li>}
        </ul>
      </div>
      <div className="repaired-notice__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
              `original-board-${record.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`,
              JSON.stringify(record.original, null, 2),
            )
          }
        >
          <Icon name="download" /> Download original
          <span className="visually-hidden"> of {name}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => useBoardsStore.getState().dismissRepaired(record.key)}
        >
          Dismiss<span className="visually-hidden"> the notice about {name}</span>
        </button>
      </div>
    </li>
  );
}
