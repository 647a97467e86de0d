import type { ComponentProps } from 'react';
import { openRound } from '../../domain/voting';
import { useBoardsStore } from '../../store/boards-store';
import { lazyComponent } from '../../ui/lazy';

const LazyVotingBar = lazyComponent(() => import('./voting-bar').then((m) => m.VotingBar));

/**
 * The voting bar's place above the board: its code loads when a round opens (or when a board
 * opens with one open), not with every board.
 */
export function VotingBar(props: ComponentProps<typeof LazyVotingBar>) {
  const open = useBoardsStore((s) => {
    const board = s.boards[props.boardId];
    return Boolean(board && openRound(board));
  });
  return open ? <LazyVotingBar {...props} /> : null;
}
