/** Every route of the app in one place: the pattern the router matches and how to link to it. */
export const paths = {
  boards: { path: '/', getHref: () => '/' },
  board: {
    path: '/boards/:boardId',
    getHref: (boardId: string) => `/boards/${encodeURIComponent(boardId)}`,
  },
  /** A board carried in the link's #fragment, opened read-only. */
  shared: { path: '/shared', getHref: (fragment: string) => `/shared#${fragment}` },
  notFound: { path: '*' },
} as const;
