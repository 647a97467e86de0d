import { useBoardsStore } from '../../store/boards-store';
import { downloadFile } from '../../ui/download';
import { Icon } from '../../ui/icon';

/**
 * Stored boards that could not be read. They stay in storage as they are (nothing writes
 * over them) and their raw data can be downloaded, for a fix or a bug report.
 */
export function DamagedBoards() {
  const damaged = useBoardsStore((s) => s.damaged);
  if (!damaged.length) return null;
  return (
    <section className="damaged" aria-labelledby="damaged-title">
      <h2 id="damaged-title">
        <Icon name="warning" />{' '}
        {damaged.length === 1
          ? 'A saved board is damaged'
          : `${damaged.length} saved boards are damaged`}
      </h2>
      <p>
        {damaged.length === 1
          ? 'It could not be read. It is kept exactly as stored and nothing writes over it;'
          : 'They could not be read. They are kept exactly as stored and nothing writes over them;'}{' '}
        every other board works as usual. Download the raw data to keep it or to report it.
      </p>
      <ul className="damaged__list">
        {damaged.map((record) => (
          <li key={record.key} className="damaged__item">
            <span>
              <strong>{titleOf(record.raw) ?? `Board ${record.id}`}</strong>: {record.error}
            </span>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadFile(
                  `damaged-board-${record.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`,
                  JSON.stringify(record.raw, null, 2),
                )
              }
            >
              <Icon name="download" /> Download raw data
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The title a damaged record seems to have, if any: only to name it. */
function titleOf(raw: unknown): string | undefined {
  const title = (raw as { board?: { title?: unknown } } | null)?.board?.title;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 120) : undefined;
}
