import { useId } from 'react';
import { useBoardsStore } from '../../store/boards-store';
import { changeRoom, useLiveRole, useRoom } from '../../store/live-room';
import type { Person } from './live-store';

/**
 * Who facilitates the live session: they reveal and close votes and lead the presentation.
 * The facilitator can hand the role to anyone here; if they have left, anyone can take it.
 */
export function Facilitation({ boardId, people }: { boardId: string; people: readonly Person[] }) {
  const room = useRoom(boardId);
  const role = useLiveRole(boardId);
  const selectId = useId();
  const facilitatorName = useBoardsStore(
    (s) => s.boards[boardId]?.participants.find((p) => p.id === room?.facilitator)?.name,
  );
  if (!room || !role) return null;
  const here = people.some((p) => p.participantId === room.facilitator);
  const others = people.filter((p) => !p.me && p.participantId);
  const handTo = (participantId: string) => changeRoom(boardId, { facilitator: participantId });

  if (role.facilitates && room.facilitator === role.me)
    return (
      <div className="live-facilitation">
        <p>
          <strong>You facilitate:</strong> you reveal and close votes, and the others follow your
          slides when you present.
        </p>
        {others.length > 0 && (
          <div className="live-facilitation__hand">
            <label htmlFor={selectId}>Hand over to</label>
            <select
              id={selectId}
              className="input"
              value=""
              onChange={(event) => event.target.value && handTo(event.target.value)}
            >
              <option value="">Choose someone…</option>
              {others.map((p) => (
                <option key={p.clientId} value={p.participantId!}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    );
  return (
    <div className="live-facilitation">
      <p>
        <strong>{facilitatorName ?? 'Someone'}</strong> facilitates
        {here ? '.' : ', and has left the session.'}
      </p>
      {!here && role.me && (
        <button type="button" className="button" onClick={() => handTo(role.me!)}>
          Take over facilitating
        </button>
      )}
    </div>
  );
}
