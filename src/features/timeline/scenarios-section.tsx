import { Link, useNavigate } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '../../config/paths';
import { scenariosOf } from '../../domain/scenarios';
import { LIMITS, type Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { AddForm } from '../../ui/add-form';
import { showToast } from '../../ui/toast-store';
import { adoptAsPlan, forkAsScenario } from './timeline-actions';

/**
 * Alternative futures of the partnership: on a main board, fork it as a scenario and find its
 * scenarios; on a scenario, weigh it against the main board and adopt it as the plan.
 */
export function ScenariosSection({ board, onClose }: { board: Board; onClose: () => void }) {
  const scenarios = useBoardsStore(
    useShallow((s) => scenariosOf(Object.values(s.boards), board.scenario?.of ?? board.id)),
  );
  const navigate = useNavigate();
  const adopt = useAdopt(onClose);
  if (board.scenario) return <ScenarioOf board={board} onAdopt={adopt} />;

  return (
    <>
      <AddForm
        id="scenario-name"
        label="Scenario name"
        placeholder="e.g. They acquire us"
        maxLength={LIMITS.snapshotName}
        buttonText="Fork as scenario"
        onAdd={(name) => {
          if (!name.trim()) return 'Name the scenario, such as “They acquire us”.';
          const id = forkAsScenario(board.id, name);
          if (!id) return 'This board is no longer here.';
          showToast(`Scenario “${name.trim()}” made beside this board.`, {
            label: 'Open',
            run: () => navigate(paths.board.getHref(id)),
          });
          return null;
        }}
      />
      {scenarios.length === 0 ? (
        <p className="field__hint">
          No scenarios yet. Fork one to weigh another future of this partnership side by side, such
          as “We acquire them” against “They acquire us”.
        </p>
      ) : (
        <ul className="timeline-list">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="timeline-row">
              <span className="timeline-row__text">{scenario.scenario?.name}</span>
              <span className="timeline-row__actions">
                <Link
                  className="button"
                  to={paths.board.getHref(scenario.id)}
                  aria-label={`Open the scenario “${scenario.scenario?.name}”`}
                >
                  Open
                </Link>
                <Link
                  className="button"
                  to={paths.compare.scenario(board.id, scenario.id)}
                  aria-label={`Compare “${scenario.scenario?.name}” with this board`}
                >
                  Compare
                </Link>
                <button
                  type="button"
                  className="button"
                  aria-label={`Adopt “${scenario.scenario?.name}” as the plan`}
                  onClick={() => adopt(scenario)}
                >
                  Adopt
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Adopting a scenario: the main board takes its plan (one undo there), and opens. */
function useAdopt(onClose: () => void) {
  const navigate = useNavigate();
  return (scenario: Board) => {
    const mainId = adoptAsPlan(scenario.id);
    if (!mainId) return;
    const mainTitle = useBoardsStore.getState().boards[mainId]?.title ?? '';
    showToast(`“${scenario.scenario?.name}” is now the plan of “${mainTitle}”.`, {
      label: 'Undo',
      run: () => useBoardsStore.getState().undo(mainId),
    });
    onClose();
    navigate(paths.board.getHref(mainId));
  };
}

/** On a scenario: which board it is an alternative of, and the ways to weigh and adopt it. */
function ScenarioOf({ board, onAdopt }: { board: Board; onAdopt: (scenario: Board) => void }) {
  const main = useBoardsStore((s) => (board.scenario ? s.boards[board.scenario.of] : undefined));
  if (!board.scenario) return null;
  return main ? (
    <>
      <p>
        A scenario of <Link to={paths.board.getHref(main.id)}>{main.title}</Link>: “
        {board.scenario.name}”.
      </p>
      <p className="timeline-row__actions">
        <Link className="button" to={paths.compare.scenario(main.id, board.id)}>
          Compare with the main board
        </Link>
        <button type="button" className="button" onClick={() => onAdopt(board)}>
          Adopt as the plan
        </button>
      </p>
    </>
  ) : (
    <p className="field__hint">
      A scenario of a board that is no longer here: “{board.scenario.name}”.
    </p>
  );
}
