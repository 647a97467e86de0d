/** Every route of the app in one place: the pattern the router matches and how to link to it. */
export const paths = {
  boards: { path: '/', getHref: () => '/' },
  board: {
    path: '/boards/:boardId',
    getHref: (boardId: string) => `/boards/${encodeURIComponent(boardId)}`,
  },
  notFound: { path: '*' },
} as const;
