import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync, strToU8 } from 'fflate';
import {
  LINK_ERRORS,
  LINK_PREFIX,
  MAX_LINK_CHARS,
  MAX_SHARED_BYTES,
  checksum,
  decodeShareFragment,
  encodeShareFragment,
} from './share-link';
import { DEFLATE_MAX_RATIO, GUNZIP_CHUNK_BYTES, gunzipCapped } from './gunzip-capped';
import { createBoard } from './boards';
import { addMilestone } from './milestones';
import { toBoardFile } from './board-file';
import type { Board } from './schema';
import { arbBoard } from '../testing/arbitraries';

const APP = 'Partner Horizons test';
const starter = () => createBoard({ title: 'Acme', template: 'starter' });

/** A link around any bytes, with the right length and checksum: as a forger would make it. */
function linkOf(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${LINK_PREFIX}.${payload.length}.${checksum(payload)}.${payload}`;
}

/** gzip whose trailer claims `claimed` bytes, whatever the stream really holds. */
function lyingAbout(gz: Uint8Array, claimed: number): Uint8Array {
  const copy = gz.slice();
  new DataView(copy.buffer).setUint32(copy.length - 4, claimed, true);
  return copy;
}

/** A board of `count` milestones whose words do not compress: a seeded pseudo-random text. */
function noisyBoard(count: number): Board {
  let board = starter();
  let seed = 42;
  const noise = () =>
    Array.from({ length: 40 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed % 36).toString(36);
    }).join('');
  for (let i = 0; i < count; i++) {
    board = addMilestone(board, board.horizons[i % 4]!.id, {
      title: `Idea ${i} ${noise()}`,
      notes: noise(),
    });
  }
  return board;
}

function fragmentOf(board = starter()): string {
  const result = encodeShareFragment(board, APP);
  if (!result.ok) throw new Error(result.error);
  return result.fragment;
}

describe('share links', () => {
  it('carry a board whole, with a version prefix, length and checksum', () => {
    const board = starter();
    const fragment = fragmentOf(board);
    const [prefix, length, sum, payload] = fragment.split('.');
    expect(prefix).toBe(LINK_PREFIX);
    expect(Number(length)).toBe(payload!.length);
    expect(sum).toBe(checksum(payload!));
    expect(fragment.length).toBeLessThan(3000);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({
      ok: true,
      board,
      warnings: [],
      notices: [],
      details: [],
      exportedAt: expect.any(String),
    });
  });

  it('round-trip any board', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        const encoded = encodeShareFragment(board, APP);
        if (encoded.ok)
          expect(decodeShareFragment(encoded.fragment)).toEqual({
            ok: true,
            board,
            warnings: [],
            notices: [],
            details: [],
            exportedAt: expect.any(String),
          });
      }),
      { numRuns: 100 },
    );
  });

  it('refuse a board too big for a link and say what to do instead', () => {
    const result = encodeShareFragment(noisyBoard(400), APP);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.length).toBeGreaterThan(MAX_LINK_CHARS);
      expect(result.error).toMatch(/too big for a link .* Share the board file instead\./);
    }
  });

  it('say a link was cut short', () => {
    const fragment = fragmentOf();
    expect(decodeShareFragment(fragment.slice(0, -40))).toEqual({
      ok: false,
      error: expect.stringMatching(/incomplete/),
      details: expect.stringMatching(/^payload length [\d,]+ < [\d,]+ declared$/),
    });
  });

  it('say a link was damaged', () => {
    const fragment = fragmentOf();
    const i = fragment.length - 30;
    const flipped =
      fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(decodeShareFragment(flipped)).toEqual({
      ok: false,
      error: LINK_ERRORS.damaged,
      details: expect.stringMatching(/^checksum [0-9a-f]{8}, link says [0-9a-f]{8}$/),
    });
    expect(decodeShareFragment(`${fragment}xyz`)).toMatchObject({
      ok: false,
      error: LINK_ERRORS.damaged,
    });
    expect(decodeShareFragment('ph1.4.zzzzzzzz.abcd')).toMatchObject({
      ok: false,
      error: LINK_ERRORS.damaged,
    });
  });

  it('refuse links of another kind or a newer version', () => {
    expect(decodeShareFragment('')).toEqual({ ok: false, error: 'This link holds no board.' });
    expect(decodeShareFragment('#section-2')).toEqual({
      ok: false,
      error: 'This is not a Partner Horizons board link.',
    });
    expect(decodeShareFragment('ph2.3.00000000.abc')).toEqual({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
  });

  it('pass what they carry through restore like any file, and say what it refuses in a link’s words', () => {
    const json = JSON.stringify({ type: 'other' });
    expect(decodeShareFragment(linkOf(gzipSync(strToU8(json))))).toEqual({
      ok: false,
      error: LINK_ERRORS.notABoard,
      details: expect.stringMatching(/not a Partner Horizons board[^]*"type" is "other"/),
    });
    const newer = JSON.stringify({ type: 'partner-horizons/board', version: 9, board: {} });
    expect(decodeShareFragment(linkOf(gzipSync(strToU8(newer))))).toMatchObject({
      ok: false,
      error: LINK_ERRORS.newer,
    });
  });
});

describe('share links made to harm', () => {
  it('are refused at once when longer than any link the app makes', () => {
    // A real board, carried whole and correctly: only its length gives it away.
    const board = noisyBoard(400);
    const fragment = linkOf(gzipSync(strToU8(JSON.stringify(toBoardFile(board, { app: APP })))));
    expect(fragment.length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({
      ok: false,
      error:
        'This link is longer than any link Partner Horizons makes, so it was not opened. Ask for the board file instead.',
      details: `link length ${fragment.length.toLocaleString('en')} > 16,000`,
    });
    // Not decoded at all: what follows the prefix is not even base64.
    expect(decodeShareFragment(`ph1.2000000.00000000.${'!'.repeat(2_000_000)}`)).toMatchObject({
      error: LINK_ERRORS.tooLong,
      details: 'link length 2,000,021 > 16,000',
    });
    // At the limit it is read as usual (and this one is damaged).
    const atLimit = `ph1.15981.00000000.${'A'.repeat(15_981)}`;
    expect(atLimit).toHaveLength(MAX_LINK_CHARS);
    expect(decodeShareFragment(atLimit)).toMatchObject({ error: LINK_ERRORS.damaged });
  });

  it('are refused when they inflate past the cap, whatever the gzip trailer claims', () => {
    const bomb = lyingAbout(gzipSync(new Uint8Array(11 * 2 ** 20), { level: 9 }), 1_000);
    const fragment = linkOf(bomb);
    expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(decodeShareFragment(fragment)).toEqual({
      ok: false,
      error:
        'This link holds more than a board, so it was not opened. Ask for the board file instead.',
      details: 'inflated past 2,097,152 bytes',
    });
  });

  it('stop inflating a bomb one push past the cap, never sizing anything by its trailer', () => {
    const bomb = lyingAbout(gzipSync(new Uint8Array(50 * 2 ** 20), { level: 9 }), 1_000);
    const result = gunzipCapped(bomb, MAX_SHARED_BYTES);
    expect(result).toMatchObject({ ok: false, reason: 'too-big' });
    if (result.ok) return;
    expect(result.produced).toBeGreaterThan(MAX_SHARED_BYTES);
    expect(result.produced).toBeLessThanOrEqual(
      MAX_SHARED_BYTES + GUNZIP_CHUNK_BYTES * DEFLATE_MAX_RATIO,
    );
  });

  it('inflate an honest stream whole, and call one whose trailer lies about its size damaged', () => {
    const text = 'Partner Horizons '.repeat(1_000);
    const honest = gunzipCapped(gzipSync(strToU8(text)), MAX_SHARED_BYTES, 64);
    expect(honest.ok && new TextDecoder().decode(honest.bytes)).toBe(text);
    // Its trailer lying about its size: inflated all the same, then found out as damage.
    expect(gunzipCapped(lyingAbout(gzipSync(strToU8(text)), 3), MAX_SHARED_BYTES, 64)).toEqual({
      ok: false,
      reason: 'damaged',
      details: 'gzip: made 17,000 bytes, its trailer says 3',
      produced: 17_000,
    });
  });

  it('say a broken gzip stream is damage, not more than a board', () => {
    const gz = gzipSync(strToU8(JSON.stringify(toBoardFile(noisyBoard(20), { app: APP }))));
    // Cut mid-stream; its last four bytes, read as a size, claim far more than a board.
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    expect(new DataView(cut.buffer).getUint32(cut.length - 4, true)).toBeGreaterThan(
      MAX_SHARED_BYTES,
    );
    expect(decodeShareFragment(linkOf(cut))).toEqual({
      ok: false,
      error: LINK_ERRORS.damaged,
      details: expect.stringMatching(/^gzip: (unexpected EOF|made [\d,]+ bytes, its trailer says)/),
    });
    // Wherever it is cut (at a block's end too, where fflate sees no error), it is damage.
    for (let at = 18; at < gz.length - 8; at += 5)
      expect(gunzipCapped(gz.subarray(0, at), MAX_SHARED_BYTES)).toMatchObject({
        ok: false,
        reason: 'damaged',
      });
    // Not gzip at all, and too short to be.
    expect(decodeShareFragment(linkOf(strToU8('{"type":"partner-horizons/board"}')))).toEqual({
      ok: false,
      error: LINK_ERRORS.damaged,
      details: 'gzip: invalid gzip data',
    });
    expect(decodeShareFragment(linkOf(gz.subarray(0, 12)))).toMatchObject({
      error: LINK_ERRORS.damaged,
    });
    // Garbled inside: whatever it inflates to (if anything), it is damage.
    const garbled = gz.slice();
    for (let i = 20; i < garbled.length - 8; i += 7) garbled[i] = 0xff - garbled[i]!;
    const result = decodeShareFragment(linkOf(garbled));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^This link is damaged: /);
  });

  it('say in a link’s words when what they carry is not JSON', () => {
    expect(decodeShareFragment(linkOf(gzipSync(strToU8('just some notes'))))).toEqual({
      ok: false,
      error:
        'This link is damaged: what it holds is not a board. Ask for the link again, or for the board file.',
      details: expect.stringMatching(/not valid JSON/),
    });
    expect(decodeShareFragment(linkOf(gzipSync(new Uint8Array(0))))).toMatchObject({
      error: LINK_ERRORS.notABoard,
      details: expect.stringMatching(/^The file is empty/),
    });
  });
});
