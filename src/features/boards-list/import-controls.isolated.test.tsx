import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import {
  parseImport,
  stringifyFile,
  toBoardFile,
  type ImportResult,
} from '../../domain/board-file';
import { parseFileInWorker } from '../exchange';
import { makeBoard } from '../../testing/factories';

vi.mock('../exchange', () => ({ parseFileInWorker: vi.fn() }));
const parse = vi.mocked(parseFileInWorker);

beforeAll(preloadPages);

describe('importing a file', () => {
  it('says which file is being read until the worker has read it', async () => {
    let answer: (result: ImportResult) => void = () => {};
    parse.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const { user } = renderApp('/', [makeBoard({}, { id: 'here', title: 'Here' })]);
    const text = stringifyFile(
      toBoardFile(makeBoard({}, { id: 'new', title: 'Globex' }), { app: 'test' }),
    );
    await user.upload(
      screen.getByLabelText('Board file to import'),
      new File([text], 'globex.partner-board.json', { type: 'application/json' }),
    );
    const progress = await screen.findByText('Reading “globex.partner-board.json”…');
    expect(progress).toHaveAttribute('role', 'status');
    await vi.waitFor(() => expect(parse).toHaveBeenCalledWith(text));

    await act(async () => answer(parseImport(text)));
    expect(progress).toBeEmptyDOMElement();
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Imported “Globex”.',
    );
  });
});

describe('a refused file', () => {
  it('keeps what the reader says in technical words beside the words for the person', async () => {
    // As parseImport will say it once its failures carry details (cast until they do).
    const refused = { ok: false, error: 'This file is not JSON.', details: 'at line 3' };
    parse.mockResolvedValue(refused as ImportResult);
    const { importFile } = await import('./import-boards');
    const file = new File(['{'], 'notes.json', { type: 'application/json' });
    expect(await importFile(file)).toEqual({
      ok: false,
      error: '“notes.json”: This file is not JSON.',
      details: 'at line 3',
    });
  });
});
