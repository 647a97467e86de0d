/**
 * Every key the board answers to, grouped as a person meets them, for the shortcut sheet.
 * A key is named as printed on the keyboard; `MOD` stands for Ctrl, or ⌘ on a Mac; arrows
 * are named by their direction.
 */
export const MOD = 'Mod';

/** One key, or keys pressed together, e.g. ['Mod', 'Shift', 'Z']. */
export type KeyCombo = readonly string[];

export interface Shortcut {
  /** Any one of these does it. */
  keys: readonly KeyCombo[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  /** When these keys apply, if not everywhere on the board. */
  when?: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'On the board',
    shortcuts: [
      { keys: [[MOD, 'Z']], does: 'Undo' },
      {
        keys: [
          [MOD, 'Shift', 'Z'],
          [MOD, 'Y'],
        ],
        does: 'Redo',
      },
      { keys: [['/']], does: 'Search milestones' },
      { keys: [['?']], does: 'Show these shortcuts' },
      { keys: [['Escape']], does: 'Close a dialog, or clear the search from inside it' },
      { keys: [['W']], does: 'Write why a milestone just moved, when the board asks' },
    ],
  },
  {
    title: 'A card',
    when: 'Tab to a card first.',
    shortcuts: [
      { keys: [['Enter']], does: 'Open it to edit every field' },
      { keys: [['Delete'], ['Backspace']], does: 'Delete it (Undo brings it back)' },
      { keys: [['V']], does: 'Give it a dot, while a vote runs' },
      { keys: [['Shift', 'V']], does: 'Take a dot back' },
      { keys: [['L']], does: 'Link it to another milestone: it leads to it, or depends on it' },
      { keys: [['Shift', 'F10'], ['Menu']], does: 'Its menu: open it, or link it' },
    ],
  },
  {
    title: 'Moving cards and horizons',
    when: 'On a card, or a horizon’s grip.',
    shortcuts: [
      { keys: [['Space']], does: 'Pick it up' },
      {
        keys: [['Up'], ['Down']],
        does: 'Move it up or down its horizon (on the ladder: to another rung)',
      },
      { keys: [['Left'], ['Right']], does: 'Move it to the horizon before or after' },
      { keys: [['Space'], ['Enter']], does: 'Drop it there' },
      { keys: [['Escape']], does: 'Put it back where it was' },
    ],
  },
  {
    title: 'Editing text in place',
    when: 'The partner name, the vision and the other texts on top of the board.',
    shortcuts: [
      { keys: [['Enter']], does: 'Start editing the focused text' },
      { keys: [['Enter']], does: 'Save a one-line text' },
      { keys: [[MOD, 'Enter']], does: 'Save a text of several lines, such as the vision' },
      { keys: [['Escape']], does: 'Leave it as it was' },
    ],
  },
  {
    title: 'Presenting',
    shortcuts: [
      {
        keys: [['Page Down'], ['Space'], ['Down']],
        does: 'Next slide; a slide too long for the screen scrolls first',
      },
      {
        keys: [['Page Up'], ['Shift', 'Space'], ['Up']],
        does: 'Previous slide; a long slide scrolls back first',
      },
      { keys: [['Right'], ['Left']], does: 'Next or previous slide at once' },
      { keys: [['Home'], ['End']], does: 'First or last slide' },
      { keys: [['Escape']], does: 'Stop presenting' },
    ],
  },
];
