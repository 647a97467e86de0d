import type { DeckSlide } from '../../domain/deck';
import { INK, LINE, MUTED, SUNKEN, typeColor } from '../../domain/palette';
import { plural } from '../../domain/plural';
import { FONT, INNER, MARGIN, heading } from './slides-style';
import type { Slide, TextRun } from './slides-style';

/** The deck's last slide: every horizon side by side, each milestone a line in its colour. */

/** What each colour on the overview stands for, in words: the types it shows. */
function legend(slide: Slide, s: Extract<DeckSlide, { kind: 'overview' }>) {
  const seen = new Map<string, string>();
  for (const c of s.columns.flatMap((column) => column.cards))
    if (c.typeLabel) seen.set(c.typeLabel, typeColor(c));
  const runs = [...seen].flatMap(([label, color]): TextRun[] => [
    { text: '■ ', options: { color } },
    { text: `${label}    `, options: { color: MUTED } },
  ]);
  if (runs.length)
    slide.addText(runs, {
      ...{ x: MARGIN, y: 6.62, w: INNER, h: 0.3, margin: 0 },
      ...{ fontFace: FONT, fontSize: 11 },
    });
}

export function overviewSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'overview' }>) {
  heading(slide, 'The whole board', plural(s.total, 'milestone'));
  legend(slide, s);
  const n = Math.max(1, s.columns.length);
  const gap = 0.15;
  const w = (INNER - (n - 1) * gap) / n;
  const size = n > 6 ? 9 : n > 4 ? 11 : 13;
  s.columns.forEach((column, i) => {
    const x = MARGIN + i * (w + gap);
    slide.addShape('rect', {
      ...{ x, y: 1.65, w, h: 4.85 },
      ...{ fill: { color: SUNKEN }, line: { color: LINE, width: 1 } },
    });
    const runs: TextRun[] = [
      { text: column.title, options: { bold: true, fontSize: size + 3, breakLine: true } },
    ];
    if (column.timeframe)
      runs.push({ text: column.timeframe, options: { color: MUTED, breakLine: true } });
    for (const c of column.cards)
      runs.push(
        { text: '■ ', options: { color: typeColor(c) } },
        { text: c.title + (c.internal ? ' (internal)' : ''), options: { breakLine: true } },
      );
    if (column.more)
      runs.push({ text: `and ${column.more} more`, options: { italic: true, color: MUTED } });
    slide.addText(runs, {
      ...{ x: x + 0.08, y: 1.7, w: w - 0.16, h: 4.75, margin: 2, valign: 'top' },
      ...{ fontFace: FONT, fontSize: size, color: INK, paraSpaceAfter: 4 },
    });
  });
}
