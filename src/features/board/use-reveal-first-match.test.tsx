import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { preloadPages, renderApp } from '../../testing/render-app';
import { createBoard } from '../../domain/boards';

beforeAll(preloadPages);
afterEach(() => vi.restoreAllMocks());

const starter = () =>
  createBoard({ title: 'Acme', partnerName: 'Acme', template: 'starter' }, { id: 'acme' });
const card = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}`) });

describe('the filter on the horizons', () => {
  it('brings the first match into sight, horizons left to right, when the filter changes', async () => {
    const { user } = renderApp('/boards/acme', [starter()]);
    await screen.findByRole('region', { name: 'Now' });
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    const search = screen.getByRole('searchbox', { name: 'Search milestones' });
    await user.type(search, 'acquire');
    // "We acquire the partner" comes before "The partner acquires us" in the Vision horizon.
    await waitFor(() => expect(scrolled.mock.contexts).toContain(card('We acquire the partner')));
    expect(scrolled.mock.contexts).not.toContain(card('The partner acquires us'));
    expect(scrolled).toHaveBeenLastCalledWith(
      expect.objectContaining({ block: 'nearest', inline: 'nearest' }),
    );

    // A filter that matches nothing, or none at all, moves nothing.
    scrolled.mockClear();
    await user.type(search, 'zzz');
    await user.clear(search);
    await new Promise((done) => requestAnimationFrame(done));
    expect(scrolled).not.toHaveBeenCalled();
  });
});
