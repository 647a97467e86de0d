import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useNavigate } from 'react-router-dom';
import { ROUTER_FUTURE } from '../../config/paths';
import { SharedBoardPage } from './shared-board-page';
import {
  LINK_ERRORS,
  decodeShareFragment,
  encodeShareFragment,
  type DecodeResult,
} from '../../domain/share-link';
import { decodeLinkInWorker } from '../exchange';
import { makeBoard } from '../../testing/factories';
import { resetStore } from '../../testing/render-app';

vi.mock('../exchange', () => ({ decodeLinkInWorker: vi.fn() }));
const decode = vi.mocked(decodeLinkInWorker);

function fragmentOf(title: string): string {
  const encoded = encodeShareFragment(makeBoard({}, { id: title, title }), 'test');
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.fragment;
}

/** Changes the address's fragment, as a person pasting another link would. */
function OtherLink({ hash }: { hash: string }) {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(`/shared#${hash}`)}>
      Open the other link
    </button>
  );
}

function renderAt(hash: string, other = '') {
  resetStore();
  render(
    <MemoryRouter initialEntries={[`/shared#${hash}`]} future={ROUTER_FUTURE}>
      <OtherLink hash={other} />
      <SharedBoardPage />
    </MemoryRouter>,
  );
}

describe('the shared board page', () => {
  afterEach(() => decode.mockReset());

  it('says it is opening the board while the worker reads the link, then shows it', async () => {
    let answer: (result: DecodeResult) => void = () => {};
    decode.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const fragment = fragmentOf('Globex');
    renderAt(fragment);
    expect(screen.getByRole('status')).toHaveTextContent('Opening the shared board…');
    expect(decode).toHaveBeenCalledWith(`#${fragment}`);
    await act(async () => answer(decodeShareFragment(fragment)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Globex');
    expect(screen.getByRole('button', { name: 'Save a copy to my boards' })).toBeVisible();
  });

  it('shows why a link cannot be opened', async () => {
    decode.mockResolvedValue({ ok: false, error: LINK_ERRORS.tooBig, details: 'inflated past' });
    renderAt('ph1.bomb');
    expect(await screen.findByRole('alert')).toHaveTextContent(LINK_ERRORS.tooBig);
    expect(screen.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
  });

  it('ignores what an earlier link turned out to hold once the address has moved on', async () => {
    const answers = new Map<string, (result: DecodeResult) => void>();
    decode.mockImplementation((hash) => new Promise((resolve) => answers.set(hash, resolve)));
    const [first, second] = [fragmentOf('First'), fragmentOf('Second')];
    renderAt(first, second);
    fireEvent.click(screen.getByRole('button', { name: 'Open the other link' }));
    expect(screen.getByRole('status')).toHaveTextContent('Opening the shared board…');
    await act(async () => answers.get(`#${second}`)!(decodeShareFragment(second)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Second');
    // The first link's reply arrives late: it changes nothing.
    await act(async () => answers.get(`#${first}`)!(decodeShareFragment(first)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Second');
  });
});
