import {
  LADDER_GROUPINGS,
  LADDER_GROUPING_LABELS,
  type LadderGrouping,
} from '../../domain/ladder-rows';
import './ladder-controls.css';

/** What the rows stand for (rungs, owners or statuses), and how to move a chip. */
export function GroupingControls({
  group,
  onGroup,
}: {
  group: LadderGrouping;
  onGroup: (group: LadderGrouping) => void;
}) {
  const groupName = LADDER_GROUPING_LABELS[group].toLowerCase();
  return (
    <div className="ladder__controls">
      <fieldset className="segmented">
        <legend className="ladder__legend">Group rows by</legend>
        {LADDER_GROUPINGS.map((g) => (
          <label key={g} className={`segmented__option${g === group ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="ladder-group"
              value={g}
              checked={g === group}
              onChange={() => onGroup(g)}
            />
            {LADDER_GROUPING_LABELS[g]}
          </label>
        ))}
      </fieldset>
      <p className="ladder__hint">
        <strong>The ladder</strong>: how close a partnership gets, from leads to acquisition
        {group === 'type' ? '; each row is a rung' : ''}. Drag across columns to change the horizon,
        across rows the {groupName}. Parked and achieved milestones stay in the horizons view.
      </p>
    </div>
  );
}
