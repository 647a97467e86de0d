import type { Measure } from '../../domain/text-fit';
import { PICTURE_FONT, type PictureBackground } from './picture-svg';

/** Pixels per picture pixel in a PNG: twice, sharp on a high-density screen or projector. */
export const PNG_SCALE = 2;
/** What Chromium, Firefox and Safari all draw: a canvas side and area beyond fails silently. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/**
 * Text widths as the browser draws them in the picture's font, with a little to spare: the
 * picture is measured here and drawn later by an SVG renderer, perhaps another program's.
 */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser cannot measure text on a canvas.');
  const widths = new Map<string, number>();
  return (text, size, bold) => {
    const font = `${bold ? 700 : 400} ${size}px ${PICTURE_FONT}`;
    const key = `${font}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width * 1.03;
      widths.set(key, width);
    }
    return width;
  };
}

/** The scale a picture is drawn at: twice, unless that makes a canvas too big to draw. */
export function pngScale(width: number, height: number): number {
  return Math.min(
    PNG_SCALE,
    MAX_SIDE / Math.max(width, height),
    Math.sqrt(MAX_AREA / (width * height)),
  );
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not draw the picture.'));
    image.src = url;
  });
}

/** A PNG of an SVG picture, drawn through a canvas at `pngScale`, on white or transparent. */
export async function svgToPng(
  svg: string,
  { width, height, background }: { width: number; height: number; background: PictureBackground },
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const scale = pngScale(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    if (background === 'white') {
      context.fillStyle = '#FFFFFF';
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser made no image.');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
