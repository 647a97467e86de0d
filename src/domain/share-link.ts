import { gzipSync, strFromU8, strToU8 } from 'fflate';
import type { Board } from './schema';
import { parseImport, toBoardFile, type ImportedBoard } from './board-file';
import { gunzipCapped } from './gunzip-capped';

/**
 * A board carried whole in a link's #fragment, which browsers never send to a server:
 *   ph1.<payload length>.<checksum>.<payload>
 * where the payload is the board file, gzipped and base64url-encoded. The length tells a
 * link cut short in an email from one that was altered; the checksum catches the rest.
 */
export const LINK_PREFIX = 'ph1';
/** Longest link we hand out: well inside what browsers, mail and chat apps carry. */
export const MAX_LINK_CHARS = 16_000;
/**
 * Most a link may inflate to. Inflating stops as soon as the output passes it, whatever
 * the gzip trailer claims (gunzip-capped.ts): a board this size would never fit a link.
 */
export const MAX_SHARED_BYTES = 2 * 1024 * 1024;

/** FNV-1a, 32 bits, as 8 hex digits: a check for damage, not a signature. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type EncodeResult =
  { ok: true; fragment: string } | { ok: false; error: string; length: number };

/** The fragment (without "#") that carries `board`, or why it cannot. */
export function encodeShareFragment(board: Board, app: string): EncodeResult {
  // A link carries the board as it is now: its snapshots and log travel in the file.
  const { timeline: _timeline, ...now } = board;
  const json = JSON.stringify(toBoardFile(now, { app }));
  const payload = toBase64Url(gzipSync(strToU8(json), { level: 9, mtime: 0 }));
  const fragment = `${LINK_PREFIX}.${payload.length}.${checksum(payload)}.${payload}`;
  if (fragment.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      length: fragment.length,
      error: `This board is too big for a link (${fragment.length.toLocaleString('en')} characters; a link holds at most ${MAX_LINK_CHARS.toLocaleString('en')}). Share the board file instead.`,
    };
  }
  return { ok: true, fragment };
}

export interface DecodeFailure {
  ok: false;
  /** For the person: what happened and what to do next. */
  error: string;
  /** For a bug report: exactly what was wrong, in technical words. */
  details?: string;
}

export type DecodeResult = ({ ok: true } & ImportedBoard) | DecodeFailure;

/** Everything a link that cannot be opened may say of itself: a person opened a link, not a file. */
export const LINK_ERRORS = {
  empty: 'This link holds no board.',
  foreign: 'This is not a Partner Horizons board link.',
  newer: 'This link was made with a newer version of Partner Horizons. Update the app to open it.',
  tooLong:
    'This link is longer than any link Partner Horizons makes, so it was not opened. Ask for the board file instead.',
  incomplete:
    'This link is incomplete: it was cut off on the way. Copy the whole link again, or ask for the board file.',
  damaged:
    'This link is damaged: some of it was changed after it was made. Ask for the link again, or for the board file.',
  tooBig:
    'This link holds more than a board, so it was not opened. Ask for the board file instead.',
  notABoard:
    'This link is damaged: what it holds is not a board. Ask for the link again, or for the board file.',
} as const;

const fail = (error: string, details?: string): DecodeFailure =>
  details === undefined ? { ok: false, error } : { ok: false, error, details };

const count = (n: number) => n.toLocaleString('en');

/** Reads a fragment (with or without "#") back into a board. Never throws. */
export function decodeShareFragment(input: string): DecodeResult {
  const fragment = input.replace(/^#/, '').trim();
  // Measured as encodeShareFragment measures what it makes (the fragment after "#"), so no
  // link it made is refused, and no margin is needed. Anything longer was made some other
  // way: it is refused here, before any of it is decoded or inflated.
  if (fragment.length > MAX_LINK_CHARS) {
    return fail(
      LINK_ERRORS.tooLong,
      `link length ${count(fragment.length)} > ${count(MAX_LINK_CHARS)}`,
    );
  }
  if (!fragment) return fail(LINK_ERRORS.empty);
  const framed = readFrame(fragment);
  if (!framed.ok) return framed;
  const inflated = inflatePayload(framed.payload);
  if (!inflated.ok) return inflated;
  return readBoard(inflated.json);
}

/** Checks the prefix, the declared length and the checksum; gives the payload. */
function readFrame(fragment: string): { ok: true; payload: string } | DecodeFailure {
  const [prefix, declared, sum, payload = '', ...rest] = fragment.split('.');
  if (prefix !== LINK_PREFIX) {
    return /^ph\d+$/.test(prefix ?? '') ? fail(LINK_ERRORS.newer) : fail(LINK_ERRORS.foreign);
  }
  const length = Number(declared);
  if (!Number.isInteger(length) || rest.length || !/^[0-9a-f]{8}$/.test(sum ?? ''))
    return fail(LINK_ERRORS.damaged, `not ${LINK_PREFIX}.<length>.<checksum>.<payload>`);
  if (payload.length < length) {
    return fail(
      LINK_ERRORS.incomplete,
      `payload length ${count(payload.length)} < ${count(length)} declared`,
    );
  }
  if (payload.length > length)
    return fail(
      LINK_ERRORS.damaged,
      `payload length ${count(payload.length)} > ${count(length)} declared`,
    );
  if (!/^[A-Za-z0-9_-]*$/.test(payload))
    return fail(LINK_ERRORS.damaged, 'payload holds characters outside base64url');
  const actual = checksum(payload);
  if (actual !== sum) return fail(LINK_ERRORS.damaged, `checksum ${actual}, link says ${sum}`);
  return { ok: true, payload };
}

/** base64url, then gzip inflated under MAX_SHARED_BYTES whatever the stream claims. */
function inflatePayload(payload: string): { ok: true; json: string } | DecodeFailure {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(payload);
  } catch (error) {
    return fail(LINK_ERRORS.damaged, `base64url: ${String(error)}`);
  }
  const inflated = gunzipCapped(bytes, MAX_SHARED_BYTES);
  if (!inflated.ok) {
    // A stream that breaks is damage, even if it had made a lot by then; only a stream
    // still going past the cap holds "more than a board".
    const error = inflated.reason === 'too-big' ? LINK_ERRORS.tooBig : LINK_ERRORS.damaged;
    return fail(error, inflated.details);
  }
  return { ok: true, json: strFromU8(inflated.bytes) };
}

/** The inflated text through parseImport and restore, like any file. */
function readBoard(json: string): DecodeResult {
  const result = parseImport(json);
  if (result.ok) {
    const [first] = result.boards;
    return first ? { ok: true, ...first } : fail(LINK_ERRORS.empty);
  }
  // parseImport speaks of files, and the person opened a link: only a newer app's board
  // is said the same way. Whatever else is wrong, the link does not hold a board.
  if (result.newer) return fail(LINK_ERRORS.newer, result.error);
  const details = [result.error, result.details].filter(Boolean).join('\n');
  return fail(LINK_ERRORS.notABoard, details);
}
