import type { HocuspocusProvider } from '@hocuspocus/provider';
import { LIMITS, type Participant } from '../../domain/schema';
import { initialsOf } from '../../domain/voting';
import { PARTICIPANT_COLORS } from '../../domain/workshop-terms';
import { useLiveRoom, type Activity, type Peer } from '../../store/live-room';
import type { Me, Person } from './live-store';

/**
 * Presence in a live session, through Yjs awareness (never stored, gone when a laptop
 * leaves): who is here, in their participant's colour, and what each is doing to which card.
 * What others send is untrusted: it is read field by field and anything odd is dropped.
 */

/** At most this often (ms) does a drag tell the others where the card is going. */
export const ACTIVITY_THROTTLE_MS = 100;

/** The room's presence channel (y-protocols' Awareness, through the relay's client). */
type Awareness = NonNullable<HocuspocusProvider['awareness']>;

const ID = /^[A-Za-z0-9_:-]{1,64}$/;

/** A peer's activity as they sent it, or null when it is not one. */
export function readActivity(raw: unknown): Activity | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { milestoneId, action, columnId } = raw as Record<string, unknown>;
  if (typeof milestoneId !== 'string' || !ID.test(milestoneId)) return null;
  if (action === 'editing') return { milestoneId, action };
  if (action === 'moving' && typeof columnId === 'string' && ID.test(columnId))
    return { milestoneId, action, columnId };
  return null;
}

/** Someone in the room as their awareness state says, or null when it names nobody. */
export function readPerson(clientId: number, state: unknown): (Peer & { me: false }) | null {
  const user = (state as { user?: Record<string, unknown> } | null)?.user;
  if (!user || typeof user.name !== 'string' || !user.name.trim()) return null;
  const name = user.name.trim().slice(0, LIMITS.participantName);
  const { participantId } = user;
  return {
    clientId,
    participantId:
      typeof participantId === 'string' && ID.test(participantId) ? participantId : null,
    name,
    initials:
      typeof user.initials === 'string' && user.initials.trim()
        ? user.initials.trim().slice(0, 3)
        : initialsOf(name),
    color: PARTICIPANT_COLORS.find((c) => c === user.color) ?? PARTICIPANT_COLORS[0],
    activity: readActivity((state as { activity?: unknown }).activity),
    me: false,
  };
}

/** Calls `run` at most once per `ms`, always with the latest value: the last one is never lost. */
export function throttled<T>(run: (value: T) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  let latest: T;
  const fire = () => {
    timer = undefined;
    last = Date.now();
    run(latest);
  };
  return {
    push(value: T) {
      latest = value;
      if (timer !== undefined) return;
      const wait = last + ms - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * Tells the room who this person is and what they are doing on `boardId`; keeps the list of
 * who is here (`onPeople`) and the others' activity in the store. Gives the way to stop.
 */
export function sharePresence(
  awareness: Awareness,
  boardId: string,
  me: Me,
  participant: Participant | undefined,
  onPeople: (people: Person[]) => void,
): () => void {
  awareness.setLocalStateField('user', {
    name: me.name,
    initials: participant?.initials ?? initialsOf(me.name),
    participantId: me.participantId ?? null,
    color: participant?.color ?? PARTICIPANT_COLORS[0],
  });
  useLiveRoom.setState((s) => ({ me: { ...s.me, [boardId]: me.participantId ?? null } }));

  const update = () => {
    const people: Person[] = [];
    const peers: Peer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const person = readPerson(clientId, state);
      if (!person) continue;
      const me = clientId === awareness.clientID;
      const { activity, ...rest } = person;
      people.push({ ...rest, me });
      if (!me) peers.push({ ...rest, activity });
    }
    people.sort((a, b) => Number(b.me) - Number(a.me) || a.name.localeCompare(b.name));
    useLiveRoom.setState((s) => ({ peers: { ...s.peers, [boardId]: peers } }));
    onPeople(people);
  };

  const send = throttled<Activity | null>(
    (activity) => awareness.setLocalStateField('activity', activity),
    ACTIVITY_THROTTLE_MS,
  );
  const unsubscribe = useLiveRoom.subscribe((state, previous) => {
    if (state.activity === previous.activity) return;
    send.push(state.activity?.boardId === boardId ? state.activity.activity : null);
  });

  awareness.on('change', update);
  update();
  return () => {
    unsubscribe();
    send.cancel();
    awareness.off('change', update);
    awareness.setLocalState(null);
    useLiveRoom.setState((s) => {
      const peers = { ...s.peers };
      const mine = { ...s.me };
      delete peers[boardId];
      delete mine[boardId];
      return { peers, me: mine };
    });
  };
}
