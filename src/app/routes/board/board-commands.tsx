import type { ComponentType } from 'react';
import { NewHorizonDialog, MilestoneDialog } from '../../../features/board';
import {
  PresentDialog,
  RankingDialog,
  TimerDialog,
  ValuesDialog,
  VotingDialog,
} from '../../../features/workshop';
import { ShortcutsDialog } from '../../../features/shortcuts';
import { LiveDialog } from '../../../features/live';
import { TimelineDialog } from '../../../features/timeline';
import { useBoardsStore } from '../../../store/boards-store';
import { useCanRedo, useCanUndo } from '../../../store/selectors';
import type { IconName } from '../../../ui/icon';
import { lazyComponent } from '../../../ui/lazy';
import { HELP_KEYS, REDO_KEYS, UNDO_KEYS, type KeyBinding } from '../../../ui/key-bindings';

/** What every command's dialog is given. */
export interface CommandDialogProps {
  boardId: string;
  onClose: () => void;
}

interface CommandBase {
  label: string;
  icon: IconName;
  /** Whether its button sits in the board's toolbar, or elsewhere (vision panel, voting bar). */
  toolbar: boolean;
  /** An icon-only button (the label becomes its name), or the toolbar's main action. */
  look?: 'icon' | 'primary';
  /** Left out of a phone's toolbar (a touch screen of phone width), where there is no room. */
  notOnPhones?: boolean;
}

/** A command that opens a dialog. Its code may load late: `preload` fetches it early. */
export interface DialogCommand extends CommandBase {
  Dialog: ComponentType<CommandDialogProps> & { preload?: () => void };
  /** Keys that open it from anywhere on the board. */
  keys?: KeyBinding;
}

/** A command that acts at once, from its button or its keys. */
export interface ActionCommand extends CommandBase {
  run: (boardId: string) => void;
  keys: KeyBinding;
  /** Whether it can run now, e.g. whether there is anything to undo. */
  useEnabled: (boardId: string) => boolean;
}

const store = useBoardsStore.getState;

// Sharing is wanted now and then: its code (exports, poster, brief) loads on first use.
const ShareDialog = lazyComponent(() =>
  import('../../../features/sharing').then((m) => m.ShareDialog),
);

/**
 * Every tool of the board, in toolbar order: the header draws the toolbar from these, and
 * the page opens their dialogs and listens for their keys through them. A new workshop tool
 * is its feature folder plus one entry here.
 */
export const ACTIONS = {
  undo: {
    label: 'Undo',
    icon: 'undo',
    toolbar: true,
    look: 'icon',
    keys: UNDO_KEYS,
    run: (boardId) => store().undo(boardId),
    useEnabled: useCanUndo,
  },
  redo: {
    label: 'Redo',
    icon: 'redo',
    toolbar: true,
    look: 'icon',
    keys: REDO_KEYS,
    run: (boardId) => store().redo(boardId),
    useEnabled: useCanRedo,
  },
} satisfies Record<string, ActionCommand>;

export const DIALOGS = {
  present: { label: 'Present', icon: 'present', toolbar: true, Dialog: PresentDialog },
  vote: { label: 'Vote', icon: 'vote', toolbar: true, Dialog: VotingDialog },
  timer: { label: 'Timer', icon: 'timer', toolbar: true, Dialog: TimerDialog },
  timeline: { label: 'Timeline', icon: 'history', toolbar: true, Dialog: TimelineDialog },
  share: { label: 'Share', icon: 'share', toolbar: true, Dialog: ShareDialog },
  live: { label: 'Live', icon: 'live', toolbar: true, Dialog: LiveDialog },
  'new-horizon': { label: 'Horizon', icon: 'plus', toolbar: true, Dialog: NewHorizonDialog },
  'new-milestone': {
    label: 'Milestone',
    icon: 'plus',
    toolbar: true,
    look: 'primary',
    Dialog: MilestoneDialog,
  },
  values: { label: 'Values', icon: 'heart', toolbar: false, Dialog: ValuesDialog },
  ranking: { label: 'Ranking', icon: 'vote', toolbar: false, Dialog: RankingDialog },
  shortcuts: {
    label: 'Keyboard shortcuts',
    icon: 'keyboard',
    toolbar: true,
    look: 'icon',
    keys: HELP_KEYS,
    // A phone has no keyboard to use them with, and its toolbar no room.
    notOnPhones: true,
    Dialog: ShortcutsDialog,
  },
} satisfies Record<string, DialogCommand>;

export type ActionId = keyof typeof ACTIONS;
export type DialogId = keyof typeof DIALOGS;

/** The dialogs that keys open, and their keys. */
export const DIALOG_KEYS = (Object.keys(DIALOGS) as DialogId[]).flatMap((id) => {
  const { keys } = DIALOGS[id] as DialogCommand;
  return keys ? [{ id, keys }] : [];
});
