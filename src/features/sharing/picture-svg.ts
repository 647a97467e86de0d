import type { Picture, PictureItem, PicturePath } from '../../domain/board-picture';
import { PAPER } from '../../domain/palette';

/**
 * A board picture (domain/board-picture.ts) as an SVG file of plain shapes and text: no
 * foreignObject, no embedded HTML, so PowerPoint, Keynote, Figma and Illustrator open it
 * with every word still text.
 */

/** The app's font stack (--font in src/ui/theme.css): the picture is measured in it. */
export const PICTURE_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export type PictureBackground = 'white' | 'transparent';

/** Text fit for XML: its five special characters escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** A pathway's curve and its head; an open head is filled with the card's white. */
function pathSvg(path: PicturePath): string {
  const curve = [
    `d="${path.d}" fill="none" stroke="${path.color}" stroke-width="2" stroke-linecap="round"`,
    path.dashed ? 'stroke-dasharray="6 5"' : '',
  ];
  const fill = path.headFilled ? path.color : `#${PAPER}`;
  return [
    `<path ${curve.filter(Boolean).join(' ')}/>`,
    `<polygon points="${path.head}" fill="${fill}" stroke="${path.color}" stroke-width="1.5" stroke-linejoin="round"/>`,
  ].join('\n');
}

function itemSvg(item: PictureItem): string {
  if (item.kind === 'path') return pathSvg(item);
  if (item.kind === 'rect') {
    const attrs = [
      `x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}"`,
      item.radius ? `rx="${num(item.radius)}"` : '',
      `fill="${item.fill ?? 'none'}"`,
      item.stroke ? `stroke="${item.stroke}" stroke-width="1"` : '',
    ];
    return `<rect ${attrs.filter(Boolean).join(' ')}/>`;
  }
  const attrs = [
    `x="${num(item.x)}" y="${num(item.y)}"`,
    `font-size="${num(item.size)}"`,
    item.bold ? 'font-weight="700"' : '',
    `fill="${item.color}"`,
    item.anchor === 'end' ? 'text-anchor="end"' : '',
  ];
  return `<text ${attrs.filter(Boolean).join(' ')}>${escapeXml(item.text)}</text>`;
}

/** The SVG file of a picture, at its own size in pixels, on white or on nothing. */
export function pictureSvg(picture: Picture, background: PictureBackground = 'white'): string {
  const { width, height } = picture;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    `<g font-family="${escapeXml(PICTURE_FONT)}">`,
    background === 'white' ? `<rect width="100%" height="100%" fill="#FFFFFF"/>` : '',
    ...picture.items.map(itemSvg),
    '</g>',
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
