import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync, strToU8 } from 'fflate';
import {
  LINK_ERRORS,
  LINK_PREFIX,
  MAX_SHARED_BYTES,
  checksum,
  decodeShareFragment,
} from './share-link';
import { DEFLATE_MAX_RATIO, gunzipCapped } from './gunzip-capped';
import { toBoardFile } from './board-file';
import { createBoard } from './boards';

/**
 * Fuzzing what a share link may carry: gzip streams made to harm (bombs whose trailer
 * lies), cut short, garbled, or not gzip at all, each inside a link with the right length
 * and checksum, as a forger would make it. Whatever comes in, decoding never throws, never
 * opens more than a board, and says one of the things a link may say.
 *
 * Runs are few and small (zeros of up to 4 MB, a few KB of noise): a loaded two-core
 * machine gets through them in seconds. Nothing here is timed.
 */
const RUNS = 50;

/** What a refused link may say: its own words, or restore's for JSON that is not a board. */
const KNOWN = new Set<string>(Object.values(LINK_ERRORS));
const isKnown = (error: string) =>
  KNOWN.has(error) || error.startsWith('This is not a Partner Horizons board');

function linkOf(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${LINK_PREFIX}.${payload.length}.${checksum(payload)}.${payload}`;
}

const boardText = JSON.stringify(
  toBoardFile(createBoard({ title: 'Acme', template: 'starter' }), { app: 'fuzz' }),
);

/** What the stream holds: a bomb, noise, a real board, or JSON that is not one. */
const arbContent = fc.oneof(
  fc.integer({ min: 0, max: 4 * 2 ** 20 }).map((n) => new Uint8Array(n)),
  fc.uint8Array({ maxLength: 4_000 }),
  fc.constant(strToU8(boardText)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => strToU8(JSON.stringify(v) ?? '')),
);

/** How the stream is then spoiled: its size trailer rewritten, cut short, a byte changed. */
const arbSpoil = fc.record({
  level: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9),
  trailer: fc.option(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  cutAt: fc.option(fc.nat()),
  garble: fc.option(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) })),
});

type Spoil = typeof arbSpoil extends fc.Arbitrary<infer T> ? T : never;

function spoiled(content: Uint8Array, spoil: Spoil): Uint8Array {
  let gz = gzipSync(content, { level: spoil.level });
  if (spoil.trailer !== null) {
    gz = gz.slice();
    new DataView(gz.buffer).setUint32(gz.length - 4, spoil.trailer, true);
  }
  if (spoil.garble !== null) {
    gz = gz.slice();
    gz[spoil.garble.at % gz.length] = spoil.garble.byte;
  }
  if (spoil.cutAt !== null) gz = gz.subarray(0, spoil.cutAt % gz.length);
  return gz;
}

/** A stream that was not made by gzip at all, behind a gzip header or not. */
const arbRawStream = fc
  .tuple(fc.boolean(), fc.uint8Array({ maxLength: 3_000 }))
  .map(([header, body]) =>
    header ? Uint8Array.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, ...body]) : body,
  );

function checkDecode(gz: Uint8Array, untouchedBomb: boolean) {
  const result = decodeShareFragment(linkOf(gz));
  if (result.ok) {
    const size = JSON.stringify(result.board).length;
    if (size > MAX_SHARED_BYTES) throw new Error(`opened a board of ${size} bytes`);
    if (untouchedBomb) throw new Error('opened a stream that inflates past the cap');
  } else if (!isKnown(result.error)) {
    throw new Error(`an unknown message: ${result.error}`);
  } else if (untouchedBomb && result.error !== LINK_ERRORS.tooBig) {
    throw new Error(`a bomb was refused as something else: ${result.error}`);
  }
}

describe('share links carrying any gzip stream', () => {
  it('never throw, never open more than a board, and say one of the known things', () => {
    fc.assert(
      fc.property(arbContent, arbSpoil, (content, spoil) => {
        // A bomb nobody cut or garbled must be refused as one, whatever its trailer says.
        const untouchedBomb =
          content.length > MAX_SHARED_BYTES && spoil.cutAt === null && spoil.garble === null;
        checkDecode(spoiled(content, spoil), untouchedBomb);
      }),
      { numRuns: RUNS },
    );
  });

  it('cope with streams that gzip never made', () => {
    fc.assert(
      fc.property(arbRawStream, (gz) => checkDecode(gz, false)),
      { numRuns: RUNS },
    );
  });

  it('stop inflating within one push of the cap', () => {
    const cap = 64 * 1024;
    const chunk = 512;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(arbContent, arbSpoil).map(([content, spoil]) => spoiled(content, spoil)),
          arbRawStream,
        ),
        (gz) => {
          const result = gunzipCapped(gz, cap, chunk);
          if (result.ok) {
            expect(result.bytes.length).toBeLessThanOrEqual(cap);
            return;
          }
          // One push makes at most a chunk's worth at DEFLATE's greatest ratio, plus a
          // stored block (at most 64 KB) that waited whole for its end.
          expect(result.produced).toBeLessThanOrEqual(cap + chunk * DEFLATE_MAX_RATIO + 65_535);
          if (result.reason === 'too-big') expect(result.produced).toBeGreaterThan(cap);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
