import PptxGenJS from 'pptxgenjs';
import { cardDetails, fontSizeFor, horizonHeading, type DeckCard } from '../../domain/deck';
import type { DeckSlide, DeckValue } from '../../domain/deck';
import { ACCENT, INK, LINE, MUTED, typeColor } from '../../domain/palette';
import { plural } from '../../domain/plural';
import { overviewSlide } from './slides-overview';
import { FONT, INNER, INTERNAL, MARGIN, MASTER, WIDTH, heading } from './slides-style';
import type { Slide, TextRun } from './slides-style';

/**
 * Lays a deck (domain/deck.ts) out as a PowerPoint file: 16:9, native text boxes only (no
 * picture of text anywhere), so every word can be edited in PowerPoint, Keynote, Google
 * Slides or LibreOffice. Loaded only when someone asks for slides: the library is large.
 */

function titleSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'title' }>) {
  const eyebrow = ['Partner', s.boardTitle, s.partnership].filter(Boolean).join(' · ');
  slide.addText(eyebrow.toUpperCase(), {
    ...{ x: MARGIN, y: 0.5, w: INNER, h: 0.4, margin: 0 },
    ...{ fontFace: FONT, fontSize: 14, bold: true, color: MUTED, charSpacing: 1 },
  });
  slide.addText(s.partner, {
    ...{ x: MARGIN, y: 0.9, w: INNER, h: 1.1, margin: 0, valign: 'middle' },
    ...{ fontFace: FONT, fontSize: 44, bold: true, color: INK },
  });
  const vision = s.vision || 'No vision written yet: agree one in the next workshop.';
  slide.addText(
    [
      { text: 'VISION  ', options: { bold: true, color: ACCENT, fontSize: 14 } },
      { text: vision, options: { color: INK, italic: !s.vision } },
    ],
    {
      ...{ x: MARGIN, y: 2.2, w: INNER, h: 2.3, margin: 0, valign: 'top', fontFace: FONT },
      fontSize: fontSizeFor(vision, [
        [160, 28],
        [400, 22],
        [900, 16],
        [Infinity, 12],
      ]),
    },
  );
  const why: TextRun[] = [];
  const add = (label: string, text: string) =>
    text &&
    why.push(
      { text: `${label} `, options: { bold: true, breakLine: false } },
      { text, options: { breakLine: true } },
    );
  add('Why it matters to us:', s.whyUs);
  add('Why it matters to them:', s.whyThem);
  if (s.agreed) why.push({ text: s.agreed, options: { italic: true, breakLine: true } });
  if (why.length)
    slide.addText(why, {
      ...{ x: MARGIN, y: 4.7, w: INNER, h: 1.9, margin: 0, valign: 'top', fontFace: FONT },
      ...{ fontSize: 16, color: MUTED, paraSpaceAfter: 6 },
    });
  if (s.internal)
    slide.addText(INTERNAL, {
      ...{ x: WIDTH - MARGIN - 3.2, y: 0.45, w: 3.2, h: 0.45, align: 'center', valign: 'middle' },
      ...{ fontFace: FONT, fontSize: 14, bold: true, color: INK, line: { color: INK, width: 1.5 } },
    });
}

/** One milestone as a card: a bar of its type's colour, then its type, title and details. */
function card(slide: Slide, c: DeckCard, x: number, y: number, w: number, h: number) {
  slide.addShape('rect', {
    ...{ x, y, w, h },
    ...{ fill: { color: 'FFFFFF' }, line: { color: LINE, width: 1 } },
  });
  slide.addShape('rect', { x, y, w: 0.09, h, fill: { color: typeColor(c) }, line: { width: 0 } });
  const runs: TextRun[] = [];
  const top = [c.internal && 'Internal', c.example && 'Example', c.typeLabel]
    .filter(Boolean)
    .join('  ·  ');
  if (top)
    runs.push({
      text: top,
      options: { bold: true, color: typeColor(c), fontSize: 12, breakLine: true },
    });
  runs.push({
    text: c.title,
    options: {
      bold: true,
      color: INK,
      fontSize: fontSizeFor(c.title, [
        [40, 20],
        [90, 16],
        [Infinity, 12],
      ]),
      breakLine: true,
      paraSpaceBefore: 2,
    },
  });
  for (const detail of cardDetails(c))
    runs.push({ text: detail, options: { color: MUTED, fontSize: 13, breakLine: true } });
  slide.addText(runs, {
    ...{ x: x + 0.15, y: y + 0.05, w: w - 0.25, h: h - 0.1, margin: 2 },
    ...{ fontFace: FONT, valign: 'top', paraSpaceAfter: 2 },
  });
}

function horizonSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'horizon' }>) {
  const count = plural(s.total, 'milestone');
  heading(slide, horizonHeading(s), [s.timeframe, count].filter(Boolean).join(' · '));
  if (s.cards.length === 0) {
    slide.addText('No milestones here yet.', {
      ...{ x: MARGIN, y: 1.8, w: INNER, h: 0.6, margin: 0 },
      ...{ fontFace: FONT, fontSize: 20, italic: true, color: MUTED },
    });
    return;
  }
  const gap = 0.25;
  const w = (INNER - 2 * gap) / 3;
  const h = 2.45;
  s.cards.forEach((c, i) =>
    card(slide, c, MARGIN + (i % 3) * (w + gap), 1.7 + Math.floor(i / 3) * (h + gap), w, h),
  );
}

function valueList(slide: Slide, label: string, values: DeckValue[], x: number, w: number) {
  const runs: TextRun[] = [
    { text: label, options: { bold: true, fontSize: 20, color: INK, breakLine: true } },
  ];
  if (values.length === 0)
    runs.push({ text: 'None yet.', options: { italic: true, color: MUTED, breakLine: true } });
  for (const v of values)
    runs.push(
      { text: `${v.side}: `, options: { color: MUTED } },
      { text: v.text, options: { bold: true, color: INK } },
      { text: ` — ${v.answer}${v.internal ? ` (${INTERNAL})` : ''}`, options: { breakLine: true } },
    );
  slide.addText(runs, {
    ...{ x, y: 1.7, w, h: 5.1, margin: 0, valign: 'top' },
    ...{ fontFace: FONT, fontSize: values.length > 10 ? 13 : 16, color: MUTED, paraSpaceAfter: 6 },
  });
}

function valuesSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'values' }>) {
  heading(slide, 'Values', s.summary);
  const w = (INNER - 0.5) / 2;
  valueList(slide, 'Shared', s.shared, MARGIN, w);
  valueList(slide, 'Differing', s.differing, MARGIN + w + 0.5, w);
}

function voteSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'vote' }>) {
  heading(slide, `Vote: ${s.title}`, 'Most dots first');
  slide.addTable(
    s.rows.map((r) => [
      { text: String(r.rank), options: { bold: true, color: MUTED, align: 'right' } },
      { text: r.title, options: { bold: true, color: INK } },
      { text: plural(r.dots, 'dot'), options: { color: INK, align: 'right' } },
    ]),
    {
      ...{ x: MARGIN, y: 1.7, w: INNER, colW: [0.7, INNER - 2.4, 1.7] },
      ...{ fontFace: FONT, fontSize: s.rows.length > 6 ? 16 : 20, rowH: 0.45 },
      border: { type: 'solid', pt: 0.75, color: LINE },
    },
  );
}

/** What changed since the latest snapshot: the summary, then one row a change, with why. */
function changesSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'changes' }>) {
  heading(slide, 'What changed', `${s.since} · ${s.summary}`);
  if (s.rows.length === 0) return;
  slide.addTable(
    [
      ...s.rows.map((r) => [
        { text: r.title, options: { bold: true, color: INK } },
        { text: r.what, options: { color: INK } },
        { text: r.why ? `“${r.why}”` : '', options: { italic: true, color: MUTED } },
      ]),
      ...(s.more
        ? [
            [
              {
                text: `and ${plural(s.more, 'more change')}`,
                options: { colspan: 3, color: MUTED },
              },
            ],
          ]
        : []),
    ],
    {
      ...{ x: MARGIN, y: 1.7, w: INNER, colW: [INNER * 0.32, INNER * 0.3, INNER * 0.38] },
      ...{ fontFace: FONT, fontSize: s.rows.length > 5 ? 14 : 18, rowH: 0.45 },
      border: { type: 'solid', pt: 0.75, color: LINE },
    },
  );
}

/**
 * The file's bytes: a .pptx of the deck. Every slide's footer names the partner and the day,
 * and, on ours, that it is for our team only; the partner's copy names no other version.
 */
export async function slidesFile(
  deck: readonly DeckSlide[],
  { internal }: { internal: boolean },
): Promise<Blob> {
  const first = deck[0];
  const footer = first?.kind === 'title' ? [first.partner, internal && INTERNAL, first.day] : [];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Partner Horizons';
  pptx.title = first?.kind === 'title' ? first.partner : 'Partner Horizons';
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        text: {
          text: footer.filter(Boolean).join(' · '),
          options: {
            x: MARGIN,
            y: 7.0,
            w: INNER - 1,
            h: 0.3,
            fontFace: FONT,
            fontSize: 11,
            color: MUTED,
          },
        },
      },
    ],
    slideNumber: { x: WIDTH - MARGIN - 0.6, y: 7.0, w: 0.6, h: 0.3, fontSize: 11, color: MUTED },
  });
  for (const s of deck) {
    const slide = pptx.addSlide({ masterName: MASTER });
    if (s.kind === 'title') titleSlide(slide, s);
    else if (s.kind === 'horizon') horizonSlide(slide, s);
    else if (s.kind === 'values') valuesSlide(slide, s);
    else if (s.kind === 'vote') voteSlide(slide, s);
    else if (s.kind === 'changes') changesSlide(slide, s);
    else overviewSlide(slide, s);
  }
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}
