import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync } from 'fflate';
import {
  LINK_PREFIX,
  MAX_LINK_CHARS,
  checksum,
  decodeShareFragment,
  encodeShareFragment,
} from './share-link';
import { createBoard } from './boards';
import { addMilestone } from './milestones';
import { arbBoard } from '../testing/arbitraries';

const APP = 'Partner Horizons test';
const starter = () => createBoard({ title: 'Acme', template: 'starter' });

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
    let board = starter();
    // Text that does not compress: a seeded pseudo-random sequence.
    let seed = 42;
    const noise = () =>
      Array.from({ length: 40 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return (seed % 36).toString(36);
      }).join('');
    for (let i = 0; i < 400; i++) {
      board = addMilestone(board, board.horizons[i % 4]!.id, {
        title: `Idea ${i} ${noise()}`,
        notes: noise(),
      });
    }
    const result = encodeShareFragment(board, APP);
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
    });
  });

  it('say a link was damaged', () => {
    const fragment = fragmentOf();
    const i = fragment.length - 30;
    const flipped =
      fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(decodeShareFragment(flipped)).toEqual({
      ok: false,
      error: expect.stringMatching(/damaged/),
    });
    expect(decodeShareFragment(`${fragment}xyz`)).toEqual({
      ok: false,
      error: expect.stringMatching(/damaged/),
    });
    expect(decodeShareFragment('ph1.4.zzzzzzzz.abcd')).toEqual({
      ok: false,
      error: expect.stringMatching(/damaged/),
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

  it('refuse to inflate more than a board could hold', () => {
    const bomb = gzipSync(new Uint8Array(5 * 1024 * 1024), { level: 9 });
    let binary = '';
    bomb.forEach((b) => (binary += String.fromCharCode(b)));
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const result = decodeShareFragment(`ph1.${payload.length}.${checksum(payload)}.${payload}`);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/more than a board can/) });
  });

  it('pass what they carry through restore like any file', () => {
    const json = JSON.stringify({ type: 'other' });
    let binary = '';
    gzipSync(new TextEncoder().encode(json)).forEach((b) => (binary += String.fromCharCode(b)));
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(
      decodeShareFragment(`ph1.${payload.length}.${checksum(payload)}.${payload}`),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Partner Horizons board/),
    });
  });
});
