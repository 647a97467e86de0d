import { placeNameOf } from '../../domain/milestones';
import { chainChance, chainSentence, warningsOf } from '../../domain/path-sense';
import type { Board } from '../../domain/schema';
import { Icon } from '../../ui/icon';
import { MilestoneCardBody } from '../../ui/board/milestone-card-body';
import { typeClass } from '../../ui/board/milestone-type-style';

/**
 * A pathway walked with the room: the chain that leads up to one goal, in landing order,
 * one more step on each slide; the last shows the chance that it all lands. Steps still to
 * come keep their place, unseen, so nothing jumps as the walk goes on.
 */
export function PathSlide({ board, goal, step }: { board: Board; goal: string; step: number }) {
  const chance = chainChance(board, goal);
  const title = board.milestones[goal]?.title ?? 'a milestone';
  const done = step >= chance.steps.length;
  return (
    <section className="present__path">
      <p className="pill-label">Path</p>
      <h1>The path to “{title}”</h1>
      <p className="present__sub">
        Step {Math.min(step, chance.steps.length)} of {chance.steps.length}
      </p>
      <ol className="present__steps">
        {chance.steps.map((m, i) => {
          const ahead = i >= step;
          return (
            <li
              key={m.id}
              className={`present__step${ahead ? ' present__step--ahead' : ''}`}
              aria-hidden={ahead || undefined}
            >
              {i > 0 && <Icon name="arrowRight" className="present__step-arrow" />}
              <div>
                <p className="present__step-place">{placeNameOf(board, m)}</p>
                <div className={`card ${typeClass(m)} present__card`}>
                  <MilestoneCardBody milestone={m} pathFlag={warningsOf(board, m.id)[0]?.text} />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {done && <p className="present__chance">{chainSentence(chance)}</p>}
    </section>
  );
}
