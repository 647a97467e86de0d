import { ExamplesNotice } from '../../../features/board';
import { BalanceMeter, FilterBar, VisionPanel } from '../../../features/workshop';
import { PathsToggle } from '../../../features/pathways';
import { DIALOGS } from './board-commands';
import { ViewSwitch } from './board-header';
import { DensitySwitch, type Density } from './density';
import type { useBoardView } from './use-board-view';

/**
 * Under the header, two rows: the vision on one line (its details fold over the board) and
 * the balance; then the layout switch, the filter and the density. So the board keeps its
 * height.
 */
export function BoardBar({
  boardId,
  paths,
  view,
  density,
  onDensity,
  onValues,
}: {
  boardId: string;
  /** Whether the arrows between milestones show (features/pathways). */
  paths: { shown: boolean; onShown: (shown: boolean) => void };
  view: ReturnType<typeof useBoardView>;
  density: Density;
  onDensity: (density: Density) => void;
  onValues: () => void;
}) {
  const { filter, layout, setFilter, setLayout } = view;
  return (
    <div className="board-bar">
      <div className="board-bar__vision">
        <VisionPanel
          boardId={boardId}
          onValues={onValues}
          preloadValues={DIALOGS.values.Dialog.preload}
        />
        <BalanceMeter boardId={boardId} />
      </div>
      <FilterBar
        boardId={boardId}
        filter={filter}
        onChange={setFilter}
        start={
          <ViewSwitch view={layout.view} onView={(next) => setLayout({ ...layout, view: next })} />
        }
      >
        <ExamplesNotice boardId={boardId} />
        <PathsToggle boardId={boardId} {...paths} />
        <DensitySwitch density={density} onDensity={onDensity} />
      </FilterBar>
    </div>
  );
}
