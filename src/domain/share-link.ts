import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { Board } from './schema';
import { parseImport, toBoardFile, type ImportedBoard } from './board-file';

/**
 * A board carried whole in a link's #fragment, which browsers never send to a server:
 *   ph1.<payload length>.<checksum>.<payload>
 * where the payload is the board file, gzipped and base64url-encoded. The length tells a
 * link cut short in an email from one that was altered; the checksum catches the rest.
 */
export const LINK_PREFIX = 'ph1';
/** Longest link we hand out: well inside what browsers, mail and chat apps carry. */
export const MAX_LINK_CHARS = 16_000;
/** Most a link may inflate to: a link that claims more is refused before inflating. */
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
  const json = JSON.stringify(toBoardFile(board, { app }));
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

export type DecodeResult = ({ ok: true } & ImportedBoard) | { ok: false; error: string };

const DAMAGED =
  'This link is damaged: some of it was changed after it was made. Ask for the link again, or for the board file.';

/** Reads a fragment (with or without "#") back into a board. Never throws. */
export function decodeShareFragment(input: string): DecodeResult {
  const fragment = input.replace(/^#/, '').trim();
  if (!fragment) return { ok: false, error: 'This link holds no board.' };
  const [prefix, declared, sum, payload = '', ...rest] = fragment.split('.');
  if (prefix !== LINK_PREFIX) {
    return /^ph\d+$/.test(prefix ?? '')
      ? {
          ok: false,
          error:
            'This link was made with a newer version of Partner Horizons. Update the app to open it.',
        }
      : { ok: false, error: 'This is not a Partner Horizons board link.' };
  }
  const length = Number(declared);
  if (!Number.isInteger(length) || rest.length || !/^[0-9a-f]{8}$/.test(sum ?? ''))
    return { ok: false, error: DAMAGED };
  if (payload.length < length) {
    return {
      ok: false,
      error:
        'This link is incomplete: it was cut off on the way. Copy the whole link again, or ask for the board file.',
    };
  }
  if (payload.length > length || checksum(payload) !== sum || !/^[A-Za-z0-9_-]*$/.test(payload)) {
    return { ok: false, error: DAMAGED };
  }
  let json: string;
  try {
    const bytes = fromBase64Url(payload);
    // gzip ends with the size of what it holds: refuse a bomb before inflating it.
    const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
      bytes.byteLength - 4,
      true,
    );
    if (size > MAX_SHARED_BYTES)
      return { ok: false, error: 'This link holds more than a board can: it was not opened.' };
    json = strFromU8(gunzipSync(bytes, { out: new Uint8Array(size) }));
  } catch {
    return { ok: false, error: DAMAGED };
  }
  const result = parseImport(json);
  if (!result.ok) return result;
  const [first] = result.boards;
  return first ? { ok: true, ...first } : { ok: false, error: 'This link holds no board.' };
}
