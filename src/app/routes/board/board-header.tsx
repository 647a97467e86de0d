import { useLocation } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { LIMITS } from '../../../domain/schema';
import { PartnerKinds } from '../../../features/partner';
import { TimerWidget } from '../../../features/workshop';
import { LiveStatus } from '../../../features/live';
import { useBoardsStore } from '../../../store/boards-store';
import { Icon } from '../../../ui/icon';
import { InlineText } from '../../../ui/inline-text';
import { useKeyBindings } from '../../../ui/key-bindings';
import {
  ACTIONS,
  DIALOGS,
  DIALOG_KEYS,
  type ActionCommand,
  type ActionId,
  type DialogCommand,
  type DialogId,
} from './board-commands';
import { AppHeader } from '../../app-header';
import './board-page.css';

const buttonClass = (look: 'icon' | 'primary' | undefined, notOnPhones = false) =>
  (look === 'icon'
    ? 'button button--icon'
    : look === 'primary'
      ? 'button button--primary'
      : 'button') + (notOnPhones ? ' board-head__not-on-phones' : '');

function ActionButton({ boardId, command }: { boardId: string; command: ActionCommand }) {
  const enabled = command.useEnabled(boardId);
  return (
    <button
      type="button"
      className={buttonClass(command.look)}
      disabled={!enabled}
      onClick={() => command.run(boardId)}
      aria-label={command.label}
      aria-keyshortcuts={command.keys.aria}
      title={`${command.label} (${command.keys.hint})`}
    >
      <Icon name={command.icon} />
    </button>
  );
}

/** A dialog's button: its icon and label, or its icon alone, named by its label. */
function DialogButton({ command, onOpen }: { command: DialogCommand; onOpen: () => void }) {
  const preload = command.Dialog.preload;
  const iconOnly = command.look === 'icon';
  const hint = command.keys && ` (${command.keys.hint})`;
  return (
    <button
      type="button"
      className={buttonClass(command.look, command.notOnPhones)}
      onClick={onOpen}
      onPointerEnter={preload}
      onFocus={preload}
      aria-label={iconOnly ? command.label : undefined}
      aria-keyshortcuts={command.keys?.aria}
      title={`${command.label}${hint ?? ''}`}
    >
      <Icon name={command.icon} />
      {!iconOnly && <span className="button__label">{command.label}</span>}
    </button>
  );
}

const TOOLBAR_DIALOGS = (Object.keys(DIALOGS) as DialogId[]).filter((id) => DIALOGS[id].toolbar);

/**
 * The bar at the top of a board: the way back, the partner's name (and the board's title
 * when it says something else), the toolbar drawn from the command registry, and saving.
 * One row on a laptop, so the horizons keep the screen's height.
 */
export function BoardHeader({
  boardId,
  onOpen,
}: {
  boardId: string;
  onOpen: (id: DialogId) => void;
}) {
  useKeyBindings(DIALOG_KEYS.map(({ id, keys }) => ({ keys, run: () => onOpen(id) })));
  const names = useBoardsStore(
    useShallow((s) => {
      const board = s.boards[boardId];
      return board && { title: board.title, partner: board.partner.name };
    }),
  );
  // A board just made opens with the focus on its name, ready to read or rename.
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  if (!names) return null;
  const store = useBoardsStore.getState;
  // The title is worth a second line only when it says more than the partner's name.
  const titleSaysMore = names.title.trim() !== names.partner.trim();

  return (
    <AppHeader>
      <div className="board-head__names">
        <h1 className="board-head__partner">
          <InlineText
            value={names.partner}
            label="Partner name"
            placeholder="Name the partner"
            autoFocus={created}
            maxLength={LIMITS.partnerName}
            onCommit={(name) => store().updatePartner(boardId, { name })}
          />
        </h1>
        <PartnerKinds boardId={boardId} />
        {titleSaysMore && (
          <span className="board-head__board-title">
            <InlineText
              value={names.title}
              label="Board title"
              placeholder="Board title"
              required
              maxLength={LIMITS.boardTitle}
              onCommit={(title) => store().renameBoard(boardId, title)}
            />
          </span>
        )}
      </div>
      {/* A running timebox sits in the bar, between the names and the tools, covering none. */}
      <TimerWidget boardId={boardId} />
      <LiveStatus boardId={boardId} onOpen={onOpen} />
      <div className="board-head__tools" role="toolbar" aria-label="Board">
        {(Object.keys(ACTIONS) as ActionId[]).map((id) => (
          <ActionButton key={id} boardId={boardId} command={ACTIONS[id]} />
        ))}
        {TOOLBAR_DIALOGS.map((id) => (
          <DialogButton key={id} command={DIALOGS[id]} onOpen={() => onOpen(id)} />
        ))}
      </div>
    </AppHeader>
  );
}

const LAYOUTS = [
  { view: 'horizons', label: 'Horizons', icon: 'board' },
  { view: 'ladder', label: 'Ladder', icon: 'ladder' },
] as const;

/** Horizons or ladder: the two layouts of one board. */
export function ViewSwitch({
  view,
  onView,
}: {
  view: 'horizons' | 'ladder';
  onView: (view: 'horizons' | 'ladder') => void;
}) {
  return (
    <span className="view-switch" role="group" aria-label="Layout">
      {LAYOUTS.map((layout) => (
        <button
          key={layout.view}
          type="button"
          className="button view-switch__option"
          aria-pressed={view === layout.view}
          onClick={() => onView(layout.view)}
        >
          <Icon name={layout.icon} /> {layout.label}
        </button>
      ))}
    </span>
  );
}
