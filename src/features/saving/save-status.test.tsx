import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ROUTER_FUTURE } from '../../config/paths';
import { SaveStatus } from './save-status';
import { useBoardsStore } from '../../store/boards-store';
import { resetStore } from '../../testing/render-app';

/** The header's word on saving says "Saved" only when that is true. */
function renderAt(route: string) {
  render(
    <MemoryRouter initialEntries={[route]} future={ROUTER_FUTURE}>
      <SaveStatus />
    </MemoryRouter>,
  );
  return screen.getByRole('status');
}

describe('the save status', () => {
  it('says Saved on a loaded board or list with everything written', () => {
    resetStore();
    expect(renderAt('/')).toHaveTextContent(/^Saved$/);
  });

  it('says nothing while boards are still opening', () => {
    resetStore();
    useBoardsStore.setState({ status: 'loading' });
    expect(renderAt('/')).toHaveTextContent(/^$/);
  });

  it('says nothing on a shared board, a read-only copy that nothing saves', () => {
    resetStore();
    expect(renderAt('/shared')).toHaveTextContent(/^$/);
  });

  it('says Not saving on the error screen', () => {
    resetStore();
    useBoardsStore.getState().failLoad('A newer version wrote these boards.');
    expect(renderAt('/')).toHaveTextContent(/^Not saving$/);
  });
});
