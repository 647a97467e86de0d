import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBoardsStore } from '../../store/boards-store';
import { NoticeDialog } from '../../ui/notice-dialog';
import { FormDialog } from '../../ui/form-dialog';
import { Icon } from '../../ui/icon';
import { Avatar } from '../../ui/board/avatar';
import { TechnicalDetails } from '../../ui/technical-details';
import { TextField } from '../../ui/text-field';
import { showToast } from '../../ui/toast-store';
import { inviteLink, newInvite } from './invite';
import { clearLiveView, useLiveView, type LiveView } from './live-store';
import { lastName, lastRelay, rememberName, rememberRelay } from './remembered';
import { configuredRelays, reachRelay, thisPage } from './relay-address';
import { goLive, leaveSession } from './session';
import { InviteQr } from './invite-qr';
import { Facilitation } from './facilitation';
import { WhoAreYou, firstChoice, meOf, whoProblem, type WhoChoice } from './who-are-you';
import './live.css';
import './live-badge.css';

/** The relays this build names: with exactly one, nobody is asked for an address. */
const RELAYS = configuredRelays(import.meta.env.VITE_PH_RELAY);

/** What each of the dialog's faces is given. */
interface PanelProps {
  boardId: string;
  onClose: () => void;
}

/** Going live, and, once live, the invite, who is here and the way out. */
export function LiveDialog({ boardId, onClose }: PanelProps) {
  const view = useLiveView(boardId);
  if (!view) return <StartLive boardId={boardId} onClose={onClose} />;
  if (view.status === 'refused' || view.status === 'too-large' || view.status === 'stopped')
    return <EndedSession boardId={boardId} view={view} onClose={onClose} />;
  return <LiveSessionPanel boardId={boardId} view={view} onClose={onClose} />;
}

function StartLive({ boardId, onClose }: PanelProps) {
  const participants = useBoardsStore(useShallow((s) => s.boards[boardId]?.participants ?? []));
  const [relay, setRelay] = useState(() => lastRelay() ?? RELAYS[0] ?? '');
  const [relayError, setRelayError] = useState<string | null>(null);
  const [choice, setChoice] = useState<WhoChoice | null>(() =>
    firstChoice(participants, lastName()),
  );
  const [whoError, setWhoError] = useState<string | null>(null);
  const askRelay = RELAYS.length !== 1;

  const submit = () => {
    const reached = reachRelay(askRelay ? relay : RELAYS[0]!, thisPage(), RELAYS);
    const problem = whoProblem(choice);
    setRelayError('problem' in reached ? reached.problem : null);
    setWhoError(problem);
    const me = choice && meOf(choice, participants);
    if ('problem' in reached || problem || !me) return;
    if (askRelay) rememberRelay(reached.url);
    rememberName(me.name);
    goLive(boardId, newInvite(reached.url), me);
  };

  return (
    <FormDialog
      title="Go live"
      description="Everyone in the workshop works on this board from their own laptop: cards, dots and the vision change on every screen at once. The board stays saved in this browser too."
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Go live"
    >
      {askRelay ? (
        <TextField
          label="Your team’s relay"
          value={relay}
          placeholder="wss://relay.example.org"
          hint="The small server your team runs for live sessions (npm run relay). Remembered for next time."
          error={relayError}
          onChange={(value) => {
            setRelay(value);
            setRelayError(null);
          }}
        />
      ) : (
        <p className="live__relay">
          Through your team’s relay at <strong>{RELAYS[0]}</strong>.
          {relayError && (
            <span className="field__error" role="alert">
              {relayError}
            </span>
          )}
        </p>
      )}
      <WhoAreYou
        participants={participants}
        choice={choice}
        onChoice={(next) => {
          setChoice(next);
          setWhoError(null);
        }}
        error={whoError}
      />
    </FormDialog>
  );
}

/** How long reaching the relay may take before the dialog says it is still trying. */
const SLOW_CONNECT_MS = 8000;

function StatusLine({ view }: { view: LiveView }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (view.status !== 'connecting') return;
    const timer = setTimeout(() => setSlow(true), SLOW_CONNECT_MS);
    return () => clearTimeout(timer);
  }, [view.status]);
  const text =
    view.status === 'live'
      ? 'Live: everyone with the invite link works on this board with you.'
      : view.status === 'paused'
        ? 'Live session paused — your changes are kept and will sync when the relay is back.'
        : slow
          ? `Still trying to reach the relay at ${view.invite.relay}. Check that it is running and that this is its address.`
          : 'Connecting to your team’s relay…';
  return (
    <p className={`live__status live__status--${view.status}`} role="status">
      <span className="live__dot" aria-hidden="true" />
      {text}
    </p>
  );
}

function LiveSessionPanel({ boardId, view, onClose }: PanelProps & { view: LiveView }) {
  const link = inviteLink(location.origin, view.invite);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      showToast('Invite link copied. Send it to the people in this workshop only.');
    } catch {
      showToast('The browser would not copy. Select the link and copy it yourself.');
    }
  };
  const leave = () => {
    leaveSession(boardId);
    onClose();
    showToast('You left the live session. The board stays here with every change.');
  };
  return (
    <NoticeDialog
      title="Live session"
      onClose={onClose}
      wide
      closeLabel="Done"
      actions={
        <>
          <button type="button" className="button button--danger-ghost" onClick={leave}>
            Leave live session
          </button>
          <span className="spacer" />
        </>
      }
    >
      <StatusLine view={view} />
      <div className="live-invite">
        <div className="live-invite__text">
          <h3 className="live__heading">Invite the team</h3>
          <p className="live__hint">
            Anyone with this link can open and change the board while the session runs: send it only
            to the people in this workshop, or let them scan the code.
          </p>
          <div className="live-invite__link">
            <input
              className="input"
              readOnly
              value={link}
              aria-label="Invite link"
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => void copy()}>
              <Icon name="copy" /> Copy invite link
            </button>
          </div>
        </div>
        <InviteQr link={link} />
      </div>
      <Facilitation boardId={boardId} people={view.people} />
      <h3 className="live__heading">Here now</h3>
      {view.people.length ? (
        <ul className="live-people" aria-label="Here now">
          {view.people.map((person) => (
            <li key={person.clientId} className="live-people__person">
              <Avatar color={person.color} initials={person.initials} />
              {person.name}
              {person.me && <span className="live__muted"> (you)</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="live__muted">Nobody yet: the list fills as people join.</p>
      )}
    </NoticeDialog>
  );
}

function EndedSession({ boardId, view, onClose }: PanelProps & { view: LiveView }) {
  const end = () => {
    leaveSession(boardId);
    clearLiveView(boardId);
  };
  return (
    <NoticeDialog
      title="Live session stopped"
      onClose={() => {
        end();
        onClose();
      }}
      closeLabel="Back to the board"
      actions={
        <>
          <button type="button" className="button" onClick={end}>
            Start a new live session
          </button>
          <span className="spacer" />
        </>
      }
    >
      <p role="alert">{view.message}</p>
      <TechnicalDetails detail={view.detail} />
    </NoticeDialog>
  );
}
