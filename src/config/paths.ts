/** Every route of the app in one place: the pattern the router matches and how to link to it. */
export const paths = {
  boards: { path: '/', getHref: () => '/' },
  board: {
    path: '/boards/:boardId',
    getHref: (boardId: string) => `/boards/${encodeURIComponent(boardId)}`,
  },
  /** One snapshot of a board, read-only. */
  snapshot: {
    path: '/boards/:boardId/snapshots/:snapshotId',
    getHref: (boardId: string, snapshotId: string) =>
      `/boards/${encodeURIComponent(boardId)}/snapshots/${encodeURIComponent(snapshotId)}`,
  },
  /** Two moments of a board compared: snapshots by id, `now` for the board as it is. */
  compare: {
    path: '/boards/:boardId/compare',
    getHref: (boardId: string, from: string, to = 'now') =>
      `/boards/${encodeURIComponent(boardId)}/compare?${new URLSearchParams({ from, to })}`,
    /** The board now against one of its scenarios now. */
    scenario: (boardId: string, scenarioId: string) =>
      `/boards/${encodeURIComponent(boardId)}/compare?${new URLSearchParams({ scenario: scenarioId })}`,
  },
  /** A board carried in the link's #fragment, opened read-only. */
  shared: { path: '/shared', getHref: (fragment: string) => `/shared#${fragment}` },
  /** An invite to a live session: the room and its secret ride in the #fragment. */
  join: { path: '/join', getHref: (fragment: string) => `/join#${fragment}` },
  notFound: { path: '*' },
} as const;

/**
 * React Router 6 with the behaviour of 7 (navigation in a transition, relative links in splat
 * routes), which also keeps its "future flag" warnings out of the console. Every router of the
 * app and of its tests takes it.
 */
export const ROUTER_FUTURE = { v7_startTransition: true, v7_relativeSplatPath: true } as const;
