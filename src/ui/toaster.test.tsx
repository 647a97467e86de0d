import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from './dialog';
import { Toaster } from './toaster';
import { showToast, useToasts } from './toast-store';

/** A page with the toaster and, until closed, a dialog over it. */
function Page() {
  const [open, setOpen] = useState(true);
  return (
    <>
      {open && (
        <Dialog title="Share and export" onClose={() => setOpen(false)}>
          <p>Links and files</p>
        </Dialog>
      )}
      <Toaster />
    </>
  );
}

afterEach(() => useToasts.setState({ toasts: [] }));

describe('Toaster', () => {
  it('goes into the open dialog, where a modal dialog leaves it seen, heard and pressable', async () => {
    const user = userEvent.setup();
    const undo = vi.fn();
    render(<Page />);
    act(() => {
      showToast('Link copied.', { label: 'Undo', run: undo });
    });
    const dialog = screen.getByRole('dialog', { name: 'Share and export' });
    const toasts = within(dialog).getByRole('status', { name: 'Notifications' });
    expect(toasts).toHaveTextContent('Link copied.');
    await user.click(within(toasts).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    expect(toasts).not.toHaveTextContent('Link copied.');
  });

  it('comes back to the page when the dialog closes, keeping its toasts', async () => {
    const user = userEvent.setup();
    render(<Page />);
    act(() => {
      showToast('Image saved.');
    });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const toasts = screen.getByRole('status', { name: 'Notifications' });
    expect(toasts).toHaveTextContent('Image saved.');
    expect(toasts.closest('dialog')).toBeNull();
    await user.click(within(toasts).getByRole('button', { name: 'Dismiss' }));
    expect(toasts).toBeEmptyDOMElement();
  });

  it('shows one toast of a kind: a newer one takes an older one’s place', () => {
    render(<Toaster />);
    act(() => {
      showToast('Linked: “A” leads to “B”.', undefined, 'link');
      showToast('Image saved.');
      showToast('Linked: “B” leads to “C”.', undefined, 'link');
    });
    const toasts = screen.getByRole('status', { name: 'Notifications' });
    expect(toasts).not.toHaveTextContent('“A” leads to “B”');
    expect(toasts).toHaveTextContent('Image saved.');
    expect(toasts).toHaveTextContent('Linked: “B” leads to “C”.');
  });
});
