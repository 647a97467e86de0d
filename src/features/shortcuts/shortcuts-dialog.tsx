import { Fragment } from 'react';
import { Dialog } from '../../ui/dialog';
import { isMac } from '../../ui/key-bindings';
import { MOD, SHORTCUT_GROUPS, type KeyCombo, type Shortcut } from './shortcut-list';
import './shortcuts-dialog.css';

/** Arrow keys as drawn on the key, and as a screen reader should say them. */
const ARROWS: Record<string, string> = { Up: '↑', Down: '↓', Left: '←', Right: '→' };

function Key({ name }: { name: string }) {
  if (name === MOD) return <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd>;
  const arrow = ARROWS[name];
  if (!arrow) return <kbd>{name}</kbd>;
  return (
    <kbd>
      <span aria-hidden="true">{arrow}</span>
      <span className="visually-hidden">{name} arrow</span>
    </kbd>
  );
}

/** Keys pressed together; after the first of several ways, "or" goes with it onto its line. */
function Combo({ combo, alternative }: { combo: KeyCombo; alternative: boolean }) {
  return (
    <span className="shortcuts__combo">
      {alternative && <span className="shortcuts__or">or </span>}
      {combo.map((name, i) => (
        <Fragment key={name}>
          {i > 0 && '+'}
          <Key name={name} />
        </Fragment>
      ))}
    </span>
  );
}

function Keys({ shortcut }: { shortcut: Shortcut }) {
  return shortcut.keys.map((combo, i) => (
    <Combo key={combo.join('+')} combo={combo} alternative={i > 0} />
  ));
}

/** The sheet of every keyboard shortcut, opened with "?" or the toolbar's keyboard button. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      description="Everything on the board works from the keyboard. Tab moves between cards and buttons."
      onClose={onClose}
      wide
    >
      <div className="dialog__body shortcuts">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="shortcuts__group">
            <h3 className="shortcuts__title">{group.title}</h3>
            {group.when && <p className="shortcuts__when">{group.when}</p>}
            <dl className="shortcuts__list">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.does} className="shortcuts__row">
                  <dt>
                    <Keys shortcut={shortcut} />
                  </dt>
                  <dd>{shortcut.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
