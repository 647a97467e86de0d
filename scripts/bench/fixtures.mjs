// What the bench's tests share: a figure as measureSize gives it, and one board size's
// results with every full-speed figure at 10 ms (tests set what they look at).

export const figure = (median) => ({ median, min: median - 1, max: median + 1, values: [] });

const FIGURES = [
  'loadMs',
  'domContentLoadedMs',
  'scriptsFetchedMs',
  'storageReadMs',
  'reloadMs',
  'mountedCards',
  'heapUsedMb',
  'heapAfterGcMb',
  'dropMs',
  'dragLongestTaskMs',
  'dragLongTaskCount',
  'afterDropLongestTaskMs',
  'autosaveMs',
];

export const sizeResult = (overrides = {}) => ({
  size: 100,
  notes: [],
  ...Object.fromEntries(FIGURES.map((key) => [key, figure(10)])),
  ...overrides,
});
