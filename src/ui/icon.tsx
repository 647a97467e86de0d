/**
 * Line icons drawn on a 24-unit grid with round strokes. Decorative: every icon in the app
 * sits beside a text label or inside a control with an accessible name.
 */
const PATHS = {
  close: 'M6 6l12 12M18 6L6 18',
  plus: 'M12 5v14M5 12h14',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
  redo: 'M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h3',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  upload: 'M12 16V5M7 10l5-5 5 5M5 20h14',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  present: 'M3 4h18v12H3zM8 20h8M12 16v4M10 8l4 2-4 2V8z',
  timer: 'M12 21a8 8 0 1 1 0-16 8 8 0 0 1 0 16zM12 9v4l2.5 2.5M9 2h6',
  history: 'M3 12a9 9 0 1 0 2.6-6.4M3 4v5h5M12 7v5l3 2',
  filter: 'M4 5h16l-6 7v6l-4 2v-8L4 5z',
  share: 'M4 12v7h16v-7M12 3v12M8 7l4-4 4 4',
  live: 'M12 12h.01M8.5 8.5a5 5 0 0 0 0 7M15.5 8.5a5 5 0 0 1 0 7M5.6 5.6a9 9 0 0 0 0 12.8M18.4 5.6a9 9 0 0 1 0 12.8',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01',
  print: 'M7 9V4h10v5M7 17H4v-7h16v7h-3M7 14h10v6H7z',
  search: 'M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14zM20 20l-4-4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  edit: 'M4 20h4L19 9l-4-4L4 16v4zM13 7l4 4',
  arrowLeft: 'M15 6l-6 6 6 6',
  arrowRight: 'M9 6l6 6-6 6',
  warning: 'M12 3l10 18H2L12 3zM12 10v5M12 18h.01',
  board: 'M4 5h4v14H4zM10 5h4v10h-4zM16 5h4v7h-4z',
  vote: 'M7 8a2 2 0 1 0 0-.01zM17 8a2 2 0 1 0 0-.01zM12 16a2 2 0 1 0 0-.01zM4 20h16',
  heart: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  ladder: 'M7 3v18M17 3v18M7 7h10M7 12h10M7 17h10',
  chevronDown: 'M6 9l6 6 6-6',
  chevronUp: 'M6 15l6-6 6 6',
  theme: 'M12 3a9 9 0 1 0 0 18V3zM12 3a9 9 0 0 1 0 18',
  keyboard: 'M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M17 10h.01M7 14h10',
  notes: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3M12 15v2',
  path: 'M5 6a2 2 0 1 0 0-.01zM19 18a2 2 0 1 0 0-.01zM7 6h5a3 3 0 0 1 3 3v6a3 3 0 0 0 3 3M14 15l3 3-3 3',
  // Milestone types: one shape each, so a type reads without its colour.
  leads: 'M4 12h12M12 6l6 6-6 6M4 6v12',
  coMarketing: 'M4 10v4h3l6 4V6l-6 4H4zM17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11',
  integration: 'M9 7V4M15 7V4M7 7h10v5a5 5 0 0 1-10 0V7zM12 17v3',
  jointGtm: 'M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  newProduct: 'M12 3l8 4.5v9L12 21l-8-4.5v-9L12 3zM4 7.5l8 4.5 8-4.5M12 12v9',
  investment: 'M4 19h16M6 15l4-4 3 3 6-7M15 7h4v4',
  weAcquire: 'M3 8h8l4 4-4 4H3M13 12h8M18 9l3 3-3 3',
  theyAcquire: 'M21 8h-8l-4 4 4 4h8M11 12H3M6 9l-3 3 3 3',
  // No type chosen yet: an open, broken ring.
  typeUnset:
    'M12 3.5a8.5 8.5 0 0 1 3 .6M19.4 7.5a8.5 8.5 0 0 1 1 3M20.3 14.5a8.5 8.5 0 0 1-1.8 3M15 19.9a8.5 8.5 0 0 1-3 .6M8.5 19.7a8.5 8.5 0 0 1-2.7-1.9M3.9 15a8.5 8.5 0 0 1-.4-3M4.4 8a8.5 8.5 0 0 1 2-2.6M9 4.1',
  custom: 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6L3.3 9.3l6.1-.7L12 3z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = 'icon' }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <path d={PATHS[name]} />
    </svg>
  );
}
