import { dismissMissingBoards } from '../../persistence/storage-care';
import { Icon } from '../../ui/icon';
import { ReloadButton } from '../../ui/reload-button';
import { ImportButton } from './import-controls';
import { plural } from '../../domain/plural';

/** Stored boards out of reach (a read that failed or hung): unread, not gone. */
export function UnreadableBoards({ onCreate }: { onCreate: () => void }) {
  return (
    <section className="empty-state empty-state--missing" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">Your saved boards could not be opened just now</h2>
      <p>
        They are most likely still there. Reload to try again; the app also keeps trying. A board
        you create meanwhile stays in this tab until then.
      </p>
      <div className="button-row">
        <ReloadButton primary />
        <button type="button" className="button" onClick={onCreate}>
          <Icon name="plus" /> New board in this tab
        </button>
      </div>
    </section>
  );
}

/** Boards that were here last visit and are gone now: the site's data was cleared. */
export function MissingBoards({ count }: { count: number }) {
  return (
    <section className="empty-state empty-state--missing" aria-labelledby="missing-title">
      <h2 id="missing-title">No boards are stored in this browser any more</h2>
      <p>
        Your last visit left {plural(count, 'board')} here, but none are stored now: the browser, a
        cleanup tool or someone using this computer may have cleared this site’s data. Restore them
        from a backup file or board files.
      </p>
      <div className="button-row">
        <ImportButton label="Restore from a backup" />
        <button type="button" className="button" onClick={() => dismissMissingBoards()}>
          Start afresh
        </button>
      </div>
    </section>
  );
}

/** The first visit: what a board is for, where it is kept, and the way to start. */
export function FirstBoard({ onCreate }: { onCreate: () => void }) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">Lay out where a partnership could go</h2>
      <p>
        A board holds the milestones one partnership could reach — from swapping leads to an
        integration, a new product, an investment or an acquisition — across time horizons from Now
        to the long term. Build it with your team, drag milestones between horizons as the talk
        moves, and agree where you are heading.
      </p>
      <p className="empty-state__privacy">
        Boards live only in this browser, until you export them. Had boards here before? If this
        browser’s data for the site was cleared, they are gone from here: bring them back from a
        backup or board files with Import, or drop the file here.
      </p>
      <button type="button" className="button button--primary" onClick={onCreate}>
        <Icon name="plus" /> Create your first board
      </button>
    </section>
  );
}
