import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { CenterScreen } from '../../ui/center-screen';
import { TechnicalDetails } from '../../ui/technical-details';
import { readInvite, type Invite } from './invite';
import { type Me } from './live-store';
import { lastName, rememberName } from './remembered';
import { configuredRelays, reachRelay, thisPage } from './relay-address';
import { LiveConnection, type ConnectionEvent } from './connection';
import { joinRoom } from './session';
import { WhoAreYou, firstChoice, meOf, whoProblem, type WhoChoice } from './who-are-you';
import './live.css';

/** Where joining stands. */
type Phase =
  | { step: 'connecting'; slow: boolean }
  | { step: 'ready'; board: Board }
  | { step: 'empty' }
  | { step: 'refused'; detail: string }
  | { step: 'unreadable'; newer: boolean; detail: string };

/** How long reaching the relay may take before the page says it is still trying. */
const SLOW_CONNECT_MS = 8000;

/**
 * Opening an invite link: reach the room, show whose board it is, ask who this is, then
 * bring the board in (merged with the copy here, if there is one) and open it, live.
 */
export function JoinPage() {
  const { hash } = useLocation();
  // Another invite pasted into this tab changes only the #fragment: it is read again.
  const read = useMemo(() => readInvite(hash), [hash]);
  if (!read.ok)
    return (
      <CenterScreen title="This invite link does not work" actions={<BoardsLink />}>
        <p>{read.reason}</p>
      </CenterScreen>
    );
  const reach = reachRelay(
    read.invite.relay,
    thisPage(),
    configuredRelays(import.meta.env.VITE_PH_RELAY),
  );
  if ('problem' in reach)
    return (
      <CenterScreen
        title="This copy of Partner Horizons cannot reach that relay"
        actions={<BoardsLink />}
      >
        <p>{reach.problem}</p>
      </CenterScreen>
    );
  return <Joining key={hash} invite={read.invite} />;
}

function BoardsLink() {
  return (
    <Link className="button" to={paths.boards.getHref()}>
      Go to your boards
    </Link>
  );
}

/**
 * A connection to the invite's room while the page is open: what it holds, and the way to
 * join it. Left without joining, it closes.
 */
function useRoom(invite: Invite) {
  const [phase, setPhase] = useState<Phase>({ step: 'connecting', slow: false });
  const connection = useRef<LiveConnection | null>(null);
  const joined = useRef(false);

  useEffect(() => {
    const live = new LiveConnection(invite);
    connection.current = live;
    const show = () => {
      const contents = live.contents();
      if (contents.state === 'board') setPhase({ step: 'ready', board: contents.board });
      else if (contents.state === 'empty') setPhase({ step: 'empty' });
      else
        setPhase({
          step: 'unreadable',
          newer: contents.result.reason === 'newer-version',
          detail: contents.result.error,
        });
    };
    const stop = live.listen((event: ConnectionEvent) => {
      if (event.type === 'synced') show();
      else if (event.type === 'refused')
        setPhase({ step: 'refused', detail: `The relay said: ${event.reason}` });
    });
    // A room whose board has not arrived yet fills as soon as the facilitator's does.
    const onUpdate = () => {
      if (live.isSynced()) show();
    };
    live.doc.on('update', onUpdate);
    const slow = setTimeout(
      () => setPhase((p) => (p.step === 'connecting' ? { step: 'connecting', slow: true } : p)),
      SLOW_CONNECT_MS,
    );
    return () => {
      clearTimeout(slow);
      stop();
      live.doc.off('update', onUpdate);
      if (!joined.current) live.close();
    };
  }, [invite]);

  const join = (boardId: string, me: Me) => {
    const live = connection.current;
    if (!live) return;
    joined.current = true;
    joinRoom(live, { boardId, me, seed: false });
  };
  return { phase, join };
}

function Joining({ invite }: { invite: Invite }) {
  const { phase, join } = useRoom(invite);
  switch (phase.step) {
    case 'connecting':
      return (
        <CenterScreen busy>
          <p className="loading" role="status">
            {phase.slow
              ? `Still trying to reach the relay at ${invite.relay}. Check your connection; if it persists, ask whoever invited you whether the relay is running.`
              : 'Joining the live session…'}
          </p>
        </CenterScreen>
      );
    case 'empty':
      return (
        <CenterScreen title="The session has no board yet" actions={<BoardsLink />}>
          <p>
            The room is open but its board has not arrived. Keep this page open: it appears as soon
            as the facilitator’s laptop sends it. If nothing comes, ask for a new invite link.
          </p>
        </CenterScreen>
      );
    case 'refused':
      return (
        <CenterScreen title="This invite link no longer opens the session" actions={<BoardsLink />}>
          <p>
            The relay turned it away: the session may have been started again with a new link. Ask
            whoever invited you for the current one.
          </p>
          <TechnicalDetails detail={phase.detail} />
        </CenterScreen>
      );
    case 'unreadable':
      return (
        <CenterScreen title="This live board cannot be opened here" actions={<BoardsLink />}>
          <p>
            {phase.newer
              ? 'It was made with a newer version of Partner Horizons. Reload this page to update, then open the invite link again.'
              : 'Its data could not be read. Ask the facilitator to leave the session and start a new one.'}
          </p>
          <TechnicalDetails detail={phase.detail} />
        </CenterScreen>
      );
    case 'ready':
      return <ChooseWho board={phase.board} onJoin={(me) => join(phase.board.id, me)} />;
  }
}

function ChooseWho({ board, onJoin }: { board: Board; onJoin: (me: Me) => void }) {
  const navigate = useNavigate();
  const hasCopy = useBoardsStore((s) => Boolean(s.boards[board.id]));
  const [choice, setChoice] = useState<WhoChoice | null>(() =>
    firstChoice(board.participants, lastName()),
  );
  const [error, setError] = useState<string | null>(null);
  const partner = board.partner.name.trim() || board.title;
  return (
    <main className="center-screen" id="main">
      <form
        className="center-screen__panel join"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problem = whoProblem(choice);
          const me = choice && meOf(choice, board.participants);
          if (problem || !me) {
            setError(problem ?? 'Choose who you are.');
            return;
          }
          rememberName(me.name);
          onJoin(me);
          navigate(paths.board.getHref(board.id), { replace: true });
        }}
      >
        <h1>Join the live session: {partner}</h1>
        <p>
          You work on <strong>{board.title}</strong> with the others from this laptop; what anyone
          changes shows on every screen.
          {hasCopy
            ? ' You have this board here already: joining keeps what changed on both sides.'
            : ' A copy is saved in this browser, so it stays with you after the session.'}
        </p>
        <WhoAreYou
          participants={board.participants}
          choice={choice}
          onChoice={(next) => {
            setChoice(next);
            setError(null);
          }}
          error={error}
        />
        <div className="center-screen__actions">
          <button type="submit" className="button button--primary">
            Join
          </button>
        </div>
      </form>
    </main>
  );
}
