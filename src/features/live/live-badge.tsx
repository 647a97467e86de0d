import { Avatar } from '../../ui/board/avatar';
import type { LiveView } from './live-store';
import './live-badge.css';

/** How many faces the badge shows before "+N". */
const FACES = 3;

const LABELS: Record<LiveView['status'], string> = {
  connecting: 'Connecting…',
  live: 'Live',
  paused: 'Paused',
  refused: 'Stopped',
  'too-large': 'Stopped',
  stopped: 'Stopped',
};

/** The board bar's sign of a live session: its state and who is here; opens the session. */
export function LiveBadge({ view, onOpen }: { view: LiveView; onOpen: () => void }) {
  const shown = view.people.slice(0, FACES);
  const more = view.people.length - shown.length;
  const names = view.people.map((p) => (p.me ? `${p.name} (you)` : p.name)).join(', ');
  const here = view.people.length === 1 ? '1 person here' : `${view.people.length} people here`;
  const paused = view.status === 'paused';
  return (
    <button
      type="button"
      className={`live-badge live-badge--${view.status}`}
      onClick={onOpen}
      aria-label={`Live session: ${LABELS[view.status]}${view.people.length ? `, ${here}: ${names}` : ''}. Open the session.`}
      title={
        paused
          ? 'Live session paused — your changes are kept and will sync'
          : names || 'Live session'
      }
    >
      <span className="live__dot" aria-hidden="true" />
      <span className="live-badge__label">{LABELS[view.status]}</span>
      {shown.length > 0 && (
        <span className="live-badge__faces" aria-hidden="true">
          {shown.map((p) => (
            <Avatar key={p.clientId} color={p.color} initials={p.initials} />
          ))}
          {more > 0 && <span className="live-badge__more">+{more}</span>}
        </span>
      )}
      {view.people.length > 0 && (
        <span className="live-badge__count" aria-hidden="true">
          {view.people.length}
        </span>
      )}
    </button>
  );
}
