import { useMemo, useState } from 'react';
import { matchesQuery } from '../../domain/boards';
import { groupScenarios } from '../../domain/scenarios';
import type { Board } from '../../domain/schema';
import { Icon } from '../../ui/icon';
import { BoardRow } from './board-row';

/**
 * The boards, newest change first, with a search by board or partner; each board's scenarios
 * right under it.
 */
export function BoardSearchList({
  boards,
  onRename,
  onIntentToOpen,
}: {
  boards: Board[];
  onRename: (board: Board) => void;
  onIntentToOpen?: () => void;
}) {
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () =>
      groupScenarios(
        boards
          .filter((b) => matchesQuery(b, query))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      ),
    [boards, query],
  );
  return (
    <>
      <div className="boards-page__search">
        <label htmlFor="board-search" className="visually-hidden">
          Search boards
        </label>
        <Icon name="search" />
        <input
          id="board-search"
          type="search"
          className="input"
          placeholder="Search by board or partner"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {shown.length === 0 ? (
        <p className="boards-page__none" role="status">
          No boards match “{query}”.
        </p>
      ) : (
        <ul className="board-list" aria-label="Boards">
          {shown.map(({ board, under }) => (
            <BoardRow
              key={board.id}
              board={board}
              scenarioRow={under}
              onRename={onRename}
              onIntentToOpen={onIntentToOpen}
            />
          ))}
        </ul>
      )}
    </>
  );
}
