import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'fflate';
import { handleExchange } from './exchange.worker';
import {
  LINK_ERRORS,
  LINK_PREFIX,
  checksum,
  decodeShareFragment,
  encodeShareFragment,
} from '../../domain/share-link';
import { parseImport, stringifyFile, toBoardFile } from '../../domain/board-file';
import { makeBoard } from '../../testing/factories';

const board = makeBoard({ 0: ['Joint webinar'] }, { id: 'shared', title: 'Globex' });

function fragmentOf(): string {
  const encoded = encodeShareFragment(board, 'test');
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.fragment;
}

describe('the exchange worker’s handler', () => {
  afterEach(() => {
    vi.doUnmock('../../domain/share-link');
    vi.resetModules();
  });

  it('decodes a link and answers with the request’s id', () => {
    const fragment = fragmentOf();
    expect(handleExchange({ id: 7, kind: 'link', fragment })).toEqual({
      id: 7,
      kind: 'link',
      result: decodeShareFragment(fragment),
    });
    expect(handleExchange({ id: 8, kind: 'link', fragment }).result).toMatchObject({
      ok: true,
      board,
    });
  });

  it('refuses a bomb in a link as the domain does', () => {
    let binary = '';
    gzipSync(new Uint8Array(8 * 2 ** 20)).forEach((b) => (binary += String.fromCharCode(b)));
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const fragment = `${LINK_PREFIX}.${payload.length}.${checksum(payload)}.${payload}`;
    expect(handleExchange({ id: 1, kind: 'link', fragment }).result).toEqual({
      ok: false,
      error: LINK_ERRORS.tooBig,
      details: 'inflated past 2,097,152 bytes',
    });
  });

  it('parses and restores a board file', () => {
    const text = stringifyFile(toBoardFile(board, { app: 'test' }));
    expect(handleExchange({ id: 2, kind: 'file', text })).toEqual({
      id: 2,
      kind: 'file',
      result: parseImport(text),
    });
    expect(handleExchange({ id: 3, kind: 'file', text: 'notes' }).result).toEqual({
      ok: false,
      error: expect.stringMatching(/^This is not a board file/),
      details: expect.stringMatching(/not valid JSON/),
    });
  });

  it('answers even when the code it calls throws, so nobody waits forever', async () => {
    vi.doMock('../../domain/share-link', () => ({
      decodeShareFragment: () => {
        throw new Error('a bug');
      },
    }));
    vi.resetModules();
    const { handleExchange: handle } = await import('./exchange.worker');
    expect(handle({ id: 4, kind: 'link', fragment: 'ph1' })).toEqual({
      id: 4,
      kind: 'link',
      result: {
        ok: false,
        error: expect.stringMatching(/^This link could not be opened: something went wrong/),
        details: 'a bug',
      },
    });
  });

  it('listens to no messages outside a worker', async () => {
    const listen = vi.spyOn(globalThis, 'addEventListener');
    vi.resetModules();
    await import('./exchange.worker');
    expect(listen).not.toHaveBeenCalledWith('message', expect.anything());
    listen.mockRestore();
  });
});
