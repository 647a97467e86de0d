import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { slideTitle, slidesOf, type Slide } from '../../domain/slides';
import type { Board } from '../../domain/schema';
import { Icon } from '../../ui/icon';
import { openModalLayer } from '../../ui/modal-layers';
import { useLatest } from '../../ui/use-latest';
import { boardFor, hasInternal } from '../../domain/audience';
import { PathSlide } from './path-slide';
import { FitSlide, type FitRange } from './fit-slide';
import { BoardSlide, ChangesSlide, HorizonSlide, VisionSlide } from './presentation-slides';
import { useSlideKeys } from './slide-keys';
import { TimerWidget } from './workshop-timer';
import './presentation.css';

/**
 * Presenting is a modal layer over the board, which goes inert (Tab cannot reach it), and
 * the page goes full screen; leaving full screen leaves. Focus starts on the presentation
 * and returns to whatever opened the presentation, the Present button.
 */
function usePresenting(dialogRef: RefObject<HTMLDialogElement | null>, onClose: () => void) {
  const onCloseRef = useLatest(onClose);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    const leave = () => onCloseRef.current();
    const close = openModalLayer(dialog, leave);
    dialog.focus();
    // The whole page goes full screen, not the presentation alone, so what sits in the top
    // layer with it (a toast) is still shown; where the browser refuses, it fills the window.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) leave();
    };
    const wentFullscreen = () => document.addEventListener('fullscreenchange', onFullscreenChange);
    const timer = setTimeout(wentFullscreen, 300);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      close();
      if (opener?.isConnected) opener.focus();
    };
  }, [dialogRef, onCloseRef]);
}

/**
 * Presenting in a live session: the facilitator leads (each slide they show goes to the
 * room); everyone else follows their slide until they move on their own, and can follow again.
 */
export interface LivePresenting {
  lead?: (at: number) => void;
  /** The slide the facilitator shows, and their name. */
  follow?: { slide: number; leader: string };
}

/** A follower's word in the bar: following, or the way back to it. */
function FollowState({
  leader,
  following,
  onFollow,
}: {
  leader: string;
  following: boolean;
  onFollow: () => void;
}) {
  return following ? (
    <span className="present__follow">Following {leader}</span>
  ) : (
    <button type="button" className="button present__follow" onClick={onFollow}>
      Follow {leader}
    </button>
  );
}

/** The presenter's bar: whose board, which slide, the time left, and the buttons. */
function PresenterBar({
  boardId,
  name,
  where,
  at,
  count,
  go,
  onClose,
  partnerInRoom,
  follow,
}: {
  boardId: string;
  follow?: { leader: string; following: boolean; onFollow: () => void };
  name: string;
  where: string;
  at: number;
  count: number;
  go: (delta: number) => void;
  onClose: () => void;
  /** The switch that hides what is internal, when the board has anything internal. */
  partnerInRoom?: { on: boolean; set: (on: boolean) => void };
}) {
  return (
    <header className="present__bar">
      <p className="present__title">
        <span className="present__partner">{name}</span>{' '}
        <span className="present__where" aria-live="polite">
          {where} · {at + 1} of {count}
        </span>
      </p>
      <TimerWidget boardId={boardId} timeOnly />
      {follow && <FollowState {...follow} />}
      {partnerInRoom && (
        <button
          type="button"
          className={`button present__partner-switch${partnerInRoom.on ? ' is-on' : ''}`}
          aria-pressed={partnerInRoom.on}
          title="Hides everything marked internal while the partner watches"
          onClick={() => partnerInRoom.set(!partnerInRoom.on)}
        >
          <Icon name="lock" /> Partner in the room
        </button>
      )}
      <span className="present__nav">
        <button
          type="button"
          className="icon-button"
          aria-label="Previous"
          disabled={at === 0}
          onClick={() => go(-1)}
        >
          <Icon name="arrowLeft" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Next"
          disabled={at === count - 1}
          onClick={() => go(1)}
        >
          <Icon name="arrowRight" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Stop presenting"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </span>
    </header>
  );
}

/**
 * A live session's slides: the leader's each go to the room; a follower shows the leader's
 * while following, and leaves with the leader when they stop presenting.
 */
function useLiveSlides(
  live: LivePresenting | undefined,
  following: boolean,
  at: number,
  show: (index: number) => void,
  onClose: () => void,
) {
  const lead = useLatest(live?.lead);
  useEffect(() => lead.current?.(at), [at, lead]);
  const slide = live?.follow?.slide;
  const wasFollowing = useRef(slide !== undefined);
  const onCloseRef = useLatest(onClose);
  useEffect(() => {
    if (slide !== undefined) {
      wasFollowing.current = true;
      if (following) show(slide);
    } else if (wasFollowing.current && following) onCloseRef.current();
  }, [slide, following, show, onCloseRef]);
}

/**
 * How far each slide may shrink to fit the screen and stay legible from the back of the
 * room, and grow. The whole board is set in small type to begin with, so it may grow on a
 * big screen with few cards; below its smallest it scrolls instead.
 */
const FIT: Record<Slide['kind'], FitRange> = {
  vision: { min: 0.6, max: 1 },
  changes: { min: 0.6, max: 1 },
  horizon: { min: 0.65, max: 1 },
  board: { min: 0.8, max: 1.6 },
  path: { min: 0.6, max: 1.2 },
};

/**
 * Presenting to the room: full screen and large type, the vision first, then one horizon at
 * a time, then the whole board, each scaled to fit the screen. Keys: see `slideKeyAction`.
 */
export function Presentation({
  board: whole,
  onClose,
  live,
}: {
  board: Board;
  onClose: () => void;
  live?: LivePresenting;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  // With the partner in the room the slides are the partner view: internal items left out.
  const [partnerInRoom, setPartnerInRoom] = useState(false);
  const board = useMemo(
    () => boardFor(whole, partnerInRoom ? 'partner' : 'internal'),
    [partnerInRoom, whole],
  );
  const slides = slidesOf(board);
  usePresenting(dialogRef, onClose);
  const [following, setFollowing] = useState(true);
  const { at, go, show } = useSlideKeys(slides.length, stageRef, onClose, () =>
    setFollowing(false),
  );
  useLiveSlides(live, following, at, show, onClose);
  const slide = slides[at]!;
  const name = board.partner.name || board.title;
  const where = slideTitle(board, slide);

  return (
    <dialog ref={dialogRef} className="present" aria-label={`Presenting ${name}`} tabIndex={-1}>
      <PresenterBar
        boardId={whole.id}
        follow={
          live?.follow && {
            leader: live.follow.leader,
            following,
            onFollow: () => setFollowing(true),
          }
        }
        name={name}
        where={where}
        at={at}
        count={slides.length}
        go={go}
        onClose={onClose}
        partnerInRoom={
          hasInternal(whole) || partnerInRoom
            ? { on: partnerInRoom, set: setPartnerInRoom }
            : undefined
        }
      />
      {/* Focusable, so the slide can be scrolled and read with the keyboard too. */}
      <div ref={stageRef} className="present__stage" tabIndex={0} role="region" aria-label={where}>
        <FitSlide key={at} range={FIT[slide.kind]} content={board}>
          {slide.kind === 'vision' && <VisionSlide board={board} />}
          {slide.kind === 'changes' && <ChangesSlide board={board} />}
          {slide.kind === 'horizon' && <HorizonSlide board={board} index={slide.index} />}
          {slide.kind === 'board' && <BoardSlide board={board} />}
          {slide.kind === 'path' && <PathSlide board={board} goal={slide.goal} step={slide.step} />}
        </FitSlide>
      </div>
    </dialog>
  );
}
