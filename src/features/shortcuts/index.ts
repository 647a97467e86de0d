// The sheet of keyboard shortcuts: wanted now and then, so its code loads on first use.
import { lazyComponent } from '../../ui/lazy';

export const ShortcutsDialog = lazyComponent(() =>
  import('./shortcuts-dialog').then((m) => m.ShortcutsDialog),
);
