import { useEffect, useRef, type RefObject } from 'react';
import { useLatest } from '../../ui/use-latest';
import { useShallow } from 'zustand/react/shallow';
import { Icon } from '../../ui/icon';
import { alignmentSummary } from '../../domain/values';
import { LIMITS, type Value } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { InlineText } from '../../ui/inline-text';
import { usePersistentFlag } from '../../ui/persistent-state';
import './vision-panel.css';

const WHY_FIELDS = [
  { key: 'whyUs', label: 'Why it matters to us', placeholder: 'What we gain' },
  { key: 'whyThem', label: 'Why it matters to them', placeholder: 'What they gain' },
] as const;

const DETAILS_KEY = 'partner-horizons:vision-details-open';

/** Folded until the person opens it: open, it lies over the board's top, not above it. */
const folded = () => false;

/** The fields of the vision the panel shows and edits. */
interface VisionFields {
  vision: string;
  whyUs: string;
  whyThem: string;
  agreedBy: string;
  agreedOn: string;
  values: Value[];
}

/** How far the two sides' values meet, on the button that opens the values dialog. */
function ValuesChip({
  values,
  onValues,
  preloadValues,
}: {
  values: readonly Value[];
  onValues: () => void;
  preloadValues?: () => void;
}) {
  const summary = alignmentSummary(values);
  return (
    <button
      type="button"
      className={`values-chip${summary.differing ? ' values-chip--differ' : ''}`}
      onClick={onValues}
      onPointerEnter={preloadValues}
      onFocus={preloadValues}
      aria-haspopup="dialog"
    >
      <span className="vision__field-label">Values</span>
      <span>
        {values.length === 0
          ? 'None recorded yet'
          : `${summary.shared} shared · ${summary.differing} ${summary.differing === 1 ? 'differs' : 'differ'}${summary.open ? ` · ${summary.open} open` : ''}`}
      </span>
    </button>
  );
}

/** Folds an open popover away when the person presses anywhere else on the page. */
function useCloseOnOutsidePointer(
  area: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
) {
  const latestClose = useLatest(close);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      // Dialogs opened from the details (a date picker, the values) are not "elsewhere".
      if (target && !area.current?.contains(target) && !(target as Element).closest?.('dialog'))
        latestClose.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [area, open, latestClose]);
}

/** Why the vision matters to each side, who agreed to it and when: folded away on request. */
function VisionDetails({
  boardId,
  vision,
  open,
  onClose,
}: {
  boardId: string;
  vision: VisionFields;
  open: boolean;
  onClose: () => void;
}) {
  const update = useBoardsStore.getState().updateVision;
  return (
    <div
      className="vision__details"
      id="vision-details"
      hidden={!open}
      onKeyDown={(event) => {
        // An inline edit takes its own Escape first; one more folds the details away.
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      {WHY_FIELDS.map(({ key, label, placeholder }) => (
        <div className="vision__field" key={key}>
          <span className="vision__field-label" aria-hidden="true">
            {label}
          </span>
          <InlineText
            value={vision[key]}
            label={label}
            placeholder={placeholder}
            multiline
            maxLength={LIMITS.why}
            onCommit={(text) => update(boardId, { [key]: text })}
          />
        </div>
      ))}
      <div className="vision__field">
        <span className="vision__field-label" aria-hidden="true">
          Agreed by
        </span>
        <span className="vision__agreed">
          <InlineText
            value={vision.agreedBy}
            label="Agreed by"
            placeholder="Who agreed"
            maxLength={LIMITS.agreedBy}
            onCommit={(agreedBy) => update(boardId, { agreedBy })}
          />
          <input
            type="date"
            className="input vision__date"
            aria-label="Agreed on"
            value={vision.agreedOn}
            onChange={(e) => update(boardId, { agreedOn: e.target.value })}
          />
        </span>
      </div>
    </div>
  );
}

/**
 * The end in mind, at the top of the board: where the partnership could be, why it matters
 * to each side, who agreed to it and when, and how far the two sides' values meet.
 */
export function VisionPanel({
  boardId,
  onValues,
  preloadValues,
}: {
  boardId: string;
  /** Opens the values dialog; `preloadValues` fetches its code as the pointer nears. */
  onValues: () => void;
  preloadValues?: () => void;
}) {
  const vision = useBoardsStore(
    useShallow((s): VisionFields | undefined => {
      const board = s.boards[boardId];
      return board
        ? {
            vision: board.vision,
            whyUs: board.whyUs,
            whyThem: board.whyThem,
            agreedBy: board.agreedBy,
            agreedOn: board.agreedOn ?? '',
            values: board.values,
          }
        : undefined;
    }),
  );
  const [open, setOpen] = usePersistentFlag(DETAILS_KEY, folded);
  const panel = useRef<HTMLElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);
  useCloseOnOutsidePointer(panel, open, () => setOpen(false));
  if (!vision) return null;
  const toggle = () => setOpen(!open);
  const close = () => {
    setOpen(false);
    toggleButton.current?.focus();
  };
  const update = useBoardsStore.getState().updateVision;

  return (
    <section className="vision" aria-label="Shared vision" ref={panel}>
      <div className="vision__statement">
        <span className="pill-label vision__label">Vision</span>
        <InlineText
          value={vision.vision}
          label="Vision statement"
          placeholder="Where could this partnership be in five years?"
          multiline
          maxLength={LIMITS.vision}
          onCommit={(text) => update(boardId, { vision: text })}
        />
        <ValuesChip values={vision.values} onValues={onValues} preloadValues={preloadValues} />
        <button
          ref={toggleButton}
          type="button"
          className="icon-button"
          aria-expanded={open}
          aria-controls="vision-details"
          aria-label="Why it matters and who agreed"
          title={open ? 'Hide why it matters and who agreed' : 'Show why it matters and who agreed'}
          onClick={toggle}
        >
          <Icon name="chevronDown" className={open ? 'icon icon--flipped' : 'icon'} />
        </button>
      </div>
      <VisionDetails boardId={boardId} vision={vision} open={open} onClose={close} />
    </section>
  );
}
