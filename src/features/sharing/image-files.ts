import { zipSync } from 'fflate';
import type { Audience } from '../../domain/audience';
import { boardPictures, type PictureShape } from '../../domain/board-picture';
import { pictureFileNames, slugify } from '../../domain/file-names';
import type { Board } from '../../domain/schema';
import { canvasMeasure, svgToPng } from './picture-png';
import { pictureSvg, type PictureBackground } from './picture-svg';

export type ImageFormat = 'png' | 'svg';

export interface ImageChoice {
  shape: PictureShape;
  format: ImageFormat;
  background: PictureBackground;
}

export interface ImageFile {
  name: string;
  blob: Blob;
}

export const IMAGE_TYPES: Record<ImageFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
};

/**
 * The image files of a board for its audience: one SVG per picture, or a PNG drawn from it.
 * The board is already the audience's (domain/audience.ts); for our team, the pictures say
 * they are internal when the board holds anything internal.
 */
export async function imageFiles(
  board: Board,
  audience: Audience,
  { shape, format, background }: ImageChoice,
): Promise<ImageFile[]> {
  const internal = audience === 'internal';
  const pictures = boardPictures(board, { shape, measure: canvasMeasure(), internal });
  const names = pictureFileNames(board.partner.name || board.title, {
    internal,
    count: pictures.length,
    extension: format,
  });
  const files: ImageFile[] = [];
  for (const [i, picture] of pictures.entries()) {
    const svg = pictureSvg(picture, background);
    const blob =
      format === 'svg'
        ? new Blob([svg], { type: IMAGE_TYPES.svg })
        : await svgToPng(svg, { width: picture.width, height: picture.height, background });
    files.push({ name: names[i]!, blob });
  }
  return files;
}

/**
 * What is downloaded: the one image, or several in one .zip. Browsers stop a page that starts
 * several downloads at once (Chrome asks, a headless one refuses), so one file it is.
 */
export async function downloadable(
  files: readonly ImageFile[],
  { partner, internal }: { partner: string; internal: boolean },
): Promise<{ name: string; blob: Blob; type: string }> {
  if (files.length === 1) return { ...files[0]!, type: files[0]!.blob.type };
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const file of files) {
    // PNGs are compressed already; SVG text shrinks well.
    const level = file.blob.type === IMAGE_TYPES.png ? 0 : 6;
    entries[file.name] = [new Uint8Array(await file.blob.arrayBuffer()), { level }];
  }
  const name = `${slugify(partner)}${internal ? '-internal' : ''}-images.zip`;
  const zip = zipSync(entries);
  return {
    name,
    blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    type: 'application/zip',
  };
}

/** What the toast says was saved: the file, or the .zip and the first and last it holds. */
export function savedMessage(names: readonly string[], zip?: string): string {
  if (names.length === 1 || !zip) return `Image saved: ${names[0]}.`;
  const shown = names.length <= 3 ? names : [names[0]!, '…', names.at(-1)!];
  return `${names.length} images saved in ${zip}: ${shown.join(', ')}.`;
}
