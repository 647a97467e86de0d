import { useBoardsStore } from '../../store/boards-store';
import { downloadFile } from '../../ui/download';
import { Icon } from '../../ui/icon';
import { ReloadButton } from '../../ui/reload-button';
import { TechnicalDetails } from '../../ui/technical-details';
import { CenterScreen } from '../../ui/center-screen';

/** Shown instead of the app when saved data could not be read: nothing is written meanwhile. */
export function LoadErrorScreen() {
  const message = useBoardsStore((s) => s.loadError);
  const unreadable = useBoardsStore((s) => s.unreadable);
  const detail = useBoardsStore((s) => s.loadErrorDetail);
  return (
    <CenterScreen
      title="Your saved boards cannot be opened here"
      actions={
        <>
          {unreadable != null && (
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadFile('partner-horizons-raw-data.json', JSON.stringify(unreadable, null, 2))
              }
            >
              <Icon name="download" /> Download raw data
            </button>
          )}
          <ReloadButton primary />
        </>
      }
    >
      <p>{message}</p>
      <TechnicalDetails detail={detail} />
      <p>
        Nothing has been changed or overwritten. Download the raw data to keep a copy, then reload
        to try again.
      </p>
    </CenterScreen>
  );
}
