import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { changeWords } from '../../domain/compare';
import { LIMITS } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { UNDO_KEYS, isModalOpen, isTextField } from '../../ui/key-bindings';
import { useLatest } from '../../ui/use-latest';
import { lastInputWasKeyboard, pointerIsDown } from '../../ui/input-modality';
import './why-prompt.css';

/**
 * One line of why, offered (never forced) after a decision about one future: a move, a change
 * of status, or confidence changing by 20 points or more. Enter saves what was typed (or skips
 * when nothing was), Escape skips, and Ctrl/Cmd+Z with nothing typed undoes the decision
 * itself; the focus goes back where it was. Nothing waits on it: the
 * next decision simply asks about itself instead.
 */
export function WhyPrompt({ boardId }: { boardId: string }) {
  const asked = useBoardsStore((s) => s.askWhy);
  const entry = useBoardsStore((s) =>
    s.askWhy?.boardId === boardId
      ? s.boards[boardId]?.timeline?.log.find((e) => e.id === s.askWhy!.entryId)
      : undefined,
  );
  const board = useBoardsStore((s) => s.boards[boardId]);
  if (!asked || !entry || !board) return null;
  return (
    <Prompt
      key={entry.id}
      question={`“${entry.title}”: ${entry.changes.map((c) => changeWords(c, board)).join(', ')}.`}
      onAnswer={(why) => useBoardsStore.getState().explain(boardId, entry.id, why)}
      onSkip={() => useBoardsStore.getState().skipWhy()}
      onUndo={() => useBoardsStore.getState().undo(boardId)}
    />
  );
}

function Prompt({
  question,
  onAnswer,
  onSkip,
  onUndo,
}: {
  question: string;
  onAnswer: (why: string) => void;
  onSkip: () => void;
  /** Ctrl/Cmd+Z with nothing typed: the move was the mistake, not the why. */
  onUndo: () => void;
}) {
  const [why, setWhy] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const back = useFocusFromCard(field, onSkip);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAnswer(why);
    back();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const undo = why === '' && UNDO_KEYS.matches(event.nativeEvent);
    if (event.key !== 'Escape' && !undo) return;
    event.preventDefault();
    event.stopPropagation();
    onSkip();
    back();
    if (undo) onUndo();
  };
  return (
    <form
      className="why-prompt"
      role="region"
      aria-label="Why it changed"
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <p className="why-prompt__question" id={`${id}-question`}>
        {question}
      </p>
      <div className="why-prompt__line">
        <label className="visually-hidden" htmlFor={id}>
          Why? (optional)
        </label>
        <input
          ref={field}
          id={id}
          className="input"
          value={why}
          maxLength={LIMITS.reason}
          placeholder="Why? One line, for the decision log (optional)"
          aria-describedby={`${id}-question ${id}-keys`}
          onChange={(event) => setWhy(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {why.trim() ? 'Save' : 'Skip'}
        </button>
        {why.trim() !== '' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              onSkip();
              back();
            }}
          >
            Skip
          </button>
        )}
      </div>
      <p className="why-prompt__keys" id={`${id}-keys`}>
        W writes it from the board · Enter saves · Esc skips
      </p>
    </form>
  );
}

/**
 * Where the focus goes while the prompt shows. After a drag with a mouse or a finger, or an
 * edit saved by a click, the field takes it, so a why can be typed at once. After a move made
 * with the keyboard the card keeps it, as moving cards promises: W then goes to the field.
 * Either way Escape outside any field or dialog skips, and the function returned gives the
 * focus back to where it was. The drag library hands the focus back to a dropped card a
 * frame after the drop, so all this waits for that.
 */
function useFocusFromCard(field: RefObject<HTMLInputElement | null>, onSkip: () => void) {
  const returnTo = useRef<Element | null>(null);
  const skip = useLatest(onSkip);
  useEffect(() => {
    const take = () => {
      returnTo.current = document.activeElement;
      field.current?.focus({ preventScroll: true });
    };
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        // Not from a keyboard user's card, nor from under a pointer already on its next drag.
        if (!lastInputWasKeyboard() && !pointerIsDown()) take();
      });
    });
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (isTextField(event.target) || isModalOpen()) return;
      if (event.key === 'Escape') skip.current();
      else if (WHY_KEYS.matches(event)) {
        event.preventDefault();
        take();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('keydown', onKey);
    };
  }, [field, skip]);
  return () => {
    const target = returnTo.current;
    if (target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
  };
}

/** W, alone: from the board to the why of the decision just made. */
const WHY_KEYS = {
  matches: (event: globalThis.KeyboardEvent) =>
    event.key.toLowerCase() === 'w' && !event.ctrlKey && !event.metaKey && !event.altKey,
};
