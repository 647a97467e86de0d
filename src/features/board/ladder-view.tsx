import { useEffect, useState, type ComponentType } from 'react';
import type { LadderGrouping } from '../../domain/ladder-rows';

type LadderProps = { group: LadderGrouping; onGroup: (group: LadderGrouping) => void };

let loaded: ComponentType<LadderProps> | undefined;
const load = () =>
  import('./ladder-board').then((m) => {
    loaded = m.default;
    return m.default;
  });

/**
 * The ladder view, fetched the first time someone switches to it: most workshops start on
 * the horizons, and the board's first load stays within its budget. No Suspense: it would
 * hold the view back for its reveal delay after the code has arrived.
 */
export function LadderView(props: LadderProps) {
  const [Ladder, setLadder] = useState(() => loaded);
  useEffect(() => {
    if (!Ladder) void load().then((component) => setLadder(() => component));
  }, [Ladder]);
  if (!Ladder)
    return (
      <p className="ladder-loading" aria-busy="true">
        Laying out the ladder…
      </p>
    );
  return <Ladder {...props} />;
}
