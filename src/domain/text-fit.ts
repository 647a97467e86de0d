/**
 * Fitting text into boxes for pictures drawn outside the page (board-picture.ts). The width of
 * a text is asked of the caller: the browser measures with a canvas, tests with a rule of thumb.
 */

/** The width in pixels of `text` in the picture's font at `fontPx`, bold or not. */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

export interface TextStyle {
  size: number;
  bold: boolean;
}

const ELLIPSIS = '…';

/** The longest start of `word` no wider than `width`; at least one character. */
function fittingStart(word: string, width: number, style: TextStyle, measure: Measure): string {
  const chars = [...word];
  let end = 1;
  while (
    end < chars.length &&
    measure(chars.slice(0, end + 1).join(''), style.size, style.bold) <= width
  )
    end++;
  return chars.slice(0, end).join('');
}

/**
 * The text in lines no wider than `width`, broken at spaces. A word wider than a whole line
 * (a long web address) is broken where it has to be, rather than running off the box.
 */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle,
  measure: Measure,
): string[] {
  const fits = (candidate: string) => measure(candidate, style.size, style.bold) <= width;
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const joined = current ? `${current} ${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    while (!fits(word)) {
      const start = fittingStart(word, width, style, measure);
      lines.push(start);
      word = word.slice(start.length);
    }
    current = word;
  }
  if (current) lines.push(current);
  return lines;
}

/** The line as it is when it fits, else cut at a word (or a letter) with "…" after it. */
export function ellipsize(text: string, width: number, style: TextStyle, measure: Measure): string {
  const fits = (candidate: string) => measure(candidate, style.size, style.bold) <= width;
  if (fits(text)) return text;
  const chars = [...text.trimEnd()];
  let end = chars.length;
  while (end > 0 && !fits(`${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`)) end--;
  const cut = chars.slice(0, end).join('');
  // Cutting at the last space reads better, unless that throws away most of the line.
  const space = cut.lastIndexOf(' ');
  const atWord = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${atWord.trimEnd().replace(/[,;:·–—-]$/, '')}${ELLIPSIS}`;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** Whether the text was cut short: it did not fit even at the smallest size. */
  cut: boolean;
}

/**
 * Text in at most `maxLines` lines of `width`: at the largest of `sizes` (largest first) at
 * which all of it fits; only when none does, at the smallest, its last line cut with "…".
 */
export function fitText(
  text: string,
  {
    width,
    maxLines,
    sizes,
    bold,
  }: { width: number; maxLines: number; sizes: readonly number[]; bold: boolean },
  measure: Measure,
): FittedText {
  for (const size of sizes) {
    const lines = wrapText(text, width, { size, bold }, measure);
    if (lines.length <= maxLines) return { size, lines, cut: false };
  }
  const size = sizes.at(-1) ?? 16;
  const style = { size, bold };
  const lines = wrapText(text, width, style, measure);
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = ellipsize(rest, width, style, measure);
  return { size, lines: kept, cut: true };
}
