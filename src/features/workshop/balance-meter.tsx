import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { balanceHint, horizonBalance } from '../../domain/balance';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { plural } from '../../domain/plural';
import './balance-meter.css';

/**
 * Where the board's weight sits: per horizon, how many milestones and how much
 * confidence-weighted impact, as one bar. A hint appears when the nearest horizon holds
 * almost everything.
 */
export function BalanceMeter({ boardId }: { boardId: string }) {
  // Only what the balance reads: a vote, a vision or a value edited leaves the meter alone.
  const board = useBoardsStore(
    useShallow((s: BoardsState) => {
      const found = s.boards[boardId];
      return found ? { horizons: found.horizons, milestones: found.milestones } : undefined;
    }),
  );
  const rows = useMemo(() => (board ? horizonBalance(board) : []), [board]);
  const hint = balanceHint(rows);
  if (!board || rows.every((r) => r.count === 0)) return null;
  return (
    <section className="balance" aria-labelledby="balance-title">
      <h2
        id="balance-title"
        className="balance__title"
        title="Where the board’s weight sits: each horizon’s share of confidence × impact"
      >
        Balance
      </h2>
      <ul className="balance__bar">
        {rows.map((r) => (
          <li
            key={r.horizonId}
            className="balance__segment"
            style={{ flexGrow: Math.max(r.share, 0.08) }}
            title={`${r.title}: ${plural(r.count, 'milestone')}, weighted impact ${r.weight}`}
          >
            <span
              className="balance__fill"
              style={{ opacity: 0.25 + 0.75 * r.share }}
              aria-hidden="true"
            />
            <span className="balance__label">
              {r.title} <strong>{Math.round(r.share * 100)}%</strong>
              <span className="visually-hidden">
                {' '}
                of the weighted impact, {plural(r.count, 'milestone')}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {hint && <p className="balance__hint">{hint}</p>}
    </section>
  );
}
