import { Gunzip } from 'fflate';

/**
 * Compressed bytes handed to the inflater at a time. The inflater turns each push into one
 * piece of output, so the cap below can be overshot by at most what one push makes.
 */
export const GUNZIP_CHUNK_BYTES = 4096;
/** The most DEFLATE can make of one byte: 258 bytes from a 2-bit code. */
export const DEFLATE_MAX_RATIO = 1032;
/** A gzip header (10 bytes) and trailer (8): anything shorter cannot be gzip. */
const GZIP_MIN_BYTES = 18;

export type GunzipResult =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      /** too-big: output passed the cap; damaged: the stream is not valid gzip. */
      reason: 'too-big' | 'damaged';
      /** Technical words for a bug report, e.g. fflate's "unexpected EOF". */
      details: string;
      /** Bytes of output made before it stopped: at most `cap` plus one push's worth. */
      produced: number;
    };

/**
 * Inflates gzip without trusting it: the stream goes in a few KB at a time and stops as
 * soon as the output passes `cap`. The 4-byte size in gzip's trailer is never used to
 * decide how much to inflate (a bomb writes a small number there); it is only checked
 * against what came out, which tells a stream cut short. Never throws.
 */
export function gunzipCapped(
  gz: Uint8Array,
  cap: number,
  chunkBytes = GUNZIP_CHUNK_BYTES,
): GunzipResult {
  if (gz.length < GZIP_MIN_BYTES) {
    return {
      ok: false,
      reason: 'damaged',
      details: `only ${gz.length} bytes of gzip`,
      produced: 0,
    };
  }
  const parts: Uint8Array[] = [];
  let produced = 0;
  const stream = new Gunzip((data) => {
    produced += data.length;
    // Past the cap nothing more is kept: the caller is told, and the output dropped.
    if (produced <= cap) parts.push(data);
  });
  try {
    for (let at = 0; at < gz.length; at += chunkBytes) {
      stream.push(gz.subarray(at, at + chunkBytes), at + chunkBytes >= gz.length);
      if (produced > cap) {
        const details = `inflated past ${cap.toLocaleString('en')} bytes`;
        return { ok: false, reason: 'too-big', details, produced };
      }
    }
  } catch (error) {
    const details = `gzip: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, reason: 'damaged', details, produced };
  }
  // Cut short, a stream can run out without fflate calling it an error. Only now, after
  // inflating under the cap, is the trailer read: the size it gives must be what came out,
  // or the stream was cut or altered.
  const claimed = new DataView(gz.buffer, gz.byteOffset, gz.byteLength).getUint32(
    gz.byteLength - 4,
    true,
  );
  if (claimed !== produced % 2 ** 32) {
    const details = `gzip: made ${produced.toLocaleString('en')} bytes, its trailer says ${claimed.toLocaleString('en')}`;
    return { ok: false, reason: 'damaged', details, produced };
  }
  return { ok: true, bytes: joined(parts, produced) };
}

function joined(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
