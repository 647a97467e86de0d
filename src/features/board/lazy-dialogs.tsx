import { lazyComponent } from '../../ui/lazy';

// Dialogs a workshop opens now and then load on first use (or as the pointer nears their
// button), keeping the board's first load within its budget.
export const Presentation = lazyComponent(() =>
  import('./presentation').then((m) => m.Presentation),
);
export const ShareDialog = lazyComponent(() => import('./share-dialog').then((m) => m.ShareDialog));
export const ValuesDialog = lazyComponent(() =>
  import('./values-dialog').then((m) => m.ValuesDialog),
);
export const VotingDialog = lazyComponent(() => import('./voting').then((m) => m.VotingDialog));
export const RankingDialog = lazyComponent(() => import('./voting').then((m) => m.RankingDialog));

export const HorizonDialog = lazyComponent(() =>
  import('./horizon-dialog').then((m) => m.HorizonDialog),
);

/** Fetches a dialog's code when the pointer or focus reaches the button that opens it. */
export const preloadDialog = {
  present: Presentation.preload,
  share: ShareDialog.preload,
  values: ValuesDialog.preload,
  vote: VotingDialog.preload,
  horizon: HorizonDialog.preload,
};
