import { useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { NOW, compareMoments, compareScenario, momentOf, type Moment } from '../../domain/compare';
import { snapshotsOf } from '../../domain/timeline';
import { scenariosOf } from '../../domain/scenarios';
import { useShallow } from 'zustand/react/shallow';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { BoardPoster } from '../../ui/board/board-poster';
import { formatMoment } from '../../ui/dates';
import { Icon } from '../../ui/icon';
import { useDocumentTitle } from '../../ui/use-document-title';
import { GoneScreen } from './gone-screen';
import {
  CardMarks,
  Reasons,
  Removed,
  TextChanges,
  ValueChanges,
  cardClass,
} from './compare-details';
import './timeline.css';

const momentLabel = (moment: Moment) =>
  moment.at ? `${moment.name} (${formatMoment(moment.at)})` : 'the board now';

/** What the page is headed: two moments of one board, or a scenario and what it is weighed against. */
const heading = (from: Moment, to: Moment, scenario: boolean) =>
  scenario
    ? `How the scenario ${to.name} differs from ${from.name}`
    : `What changed from ${momentLabel(from)} to ${momentLabel(to)}`;

/**
 * What the address asks to compare: two moments of the board (`from`, `to`), or one of its
 * scenarios (`scenario`) against the board or against another scenario (`against`).
 */
function useComparison(boardId: string, params: URLSearchParams) {
  const board = useBoardsStore((s) => s.boards[boardId]);
  const fromId = params.get('from') ?? '';
  const toId = params.get('to') ?? NOW;
  const scenarioId = params.get('scenario');
  const scenario = useBoardsStore((s) => (scenarioId ? s.boards[scenarioId] : undefined));
  const againstId = params.get('against');
  const against = useBoardsStore((s) => (againstId ? s.boards[againstId] : undefined));
  const comparison = useMemo(() => {
    if (scenarioId) {
      const base = againstId ? against : board;
      return base && scenario ? compareScenario(base, scenario) : undefined;
    }
    const from = board && momentOf(board, fromId);
    const to = board && momentOf(board, toId);
    return board && from && to ? compareMoments(board, from, to) : undefined;
  }, [board, scenario, scenarioId, against, againstId, fromId, toId]);
  return { board, scenario, againstId, comparison };
}

/**
 * Then versus now: two moments of a board (two snapshots, or a snapshot and the board as it
 * is), the later shown as the board with what changed marked on its cards, under a summary,
 * the vision and values word by word, what was removed, and why things moved.
 */
export function ComparePage() {
  const { boardId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { board, scenario, againstId, comparison } = useComparison(boardId, params);
  useDocumentTitle(
    comparison ? `Compare: ${comparison.from.name} → ${comparison.to.name}` : 'Compare',
  );

  if (!board || !comparison) return <GoneScreen board={board} />;

  const choose = (side: 'from' | 'to', id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(side, id);
        return next;
      },
      { replace: true },
    );
  const { from, to } = comparison;

  return (
    <main className="compare-page page-poster" id="main">
      <div className="snapshot-page__bar compare-bar" role="region" aria-label="Compare">
        {scenario ? (
          <ScenarioPicker
            board={board}
            scenario={scenario}
            against={againstId ?? board.id}
            onChange={(id) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (id === board.id) next.delete('against');
                  else next.set('against', id);
                  return next;
                },
                { replace: true },
              )
            }
          />
        ) : (
          <div className="compare-bar__moments">
            <MomentPicker
              label="From"
              board={board}
              value={from.id}
              onChange={(id) => choose('from', id)}
            />
            <span aria-hidden="true">→</span>
            <MomentPicker
              label="To"
              board={board}
              value={to.id}
              onChange={(id) => choose('to', id)}
              withNow
            />
          </div>
        )}
        <Link className="button" to={paths.board.getHref(board.id)}>
          <Icon name="board" /> Back to the board
        </Link>
      </div>
      <section className="compare-details" aria-labelledby="compare-title">
        <h2 id="compare-title" className="compare-details__title">
          {heading(from, to, Boolean(scenario))}
        </h2>
        <p className="compare-summary">{comparison.summary}.</p>
        <TextChanges comparison={comparison} />
        <ValueChanges comparison={comparison} />
        <Removed comparison={comparison} />
        <Reasons comparison={comparison} />
      </section>
      <BoardPoster
        board={to.board}
        date={to.at ? new Date(to.at) : new Date()}
        cardClass={(m) => cardClass(comparison, m)}
        cardExtra={(m) => <CardMarks comparison={comparison} milestone={m} />}
      />
    </main>
  );
}

function MomentPicker({
  label,
  board,
  value,
  onChange,
  withNow = false,
}: {
  label: string;
  board: Board;
  value: string;
  onChange: (id: string) => void;
  withNow?: boolean;
}) {
  const id = useId();
  return (
    <span className="compare-bar__picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {snapshotsOf(board).map((snapshot) => (
          <option key={snapshot.id} value={snapshot.id}>
            {snapshot.name} ({formatMoment(snapshot.takenAt)})
          </option>
        ))}
        {withNow && <option value={NOW}>The board now</option>}
      </select>
    </span>
  );
}

/** What a scenario is weighed against: its main board, or another of the board's scenarios. */
function ScenarioPicker({
  board,
  scenario,
  against,
  onChange,
}: {
  board: Board;
  scenario: Board;
  against: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const others = useBoardsStore(
    useShallow((s) =>
      scenariosOf(Object.values(s.boards), board.id).filter((b) => b.id !== scenario.id),
    ),
  );
  return (
    <div className="compare-bar__moments">
      <strong>{scenario.scenario?.name ?? scenario.title}</strong>
      <span className="compare-bar__picker">
        <label htmlFor={id}>against</label>
        <select
          id={id}
          className="select"
          value={against}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value={board.id}>The main board, {board.title}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              The scenario “{other.scenario?.name ?? other.title}”
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
