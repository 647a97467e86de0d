import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const update = vi.fn(async () => {});
const registerSW = vi.fn((options: { onNeedRefresh?: () => void }) => {
  // A new version arrives once the worker is registered.
  setTimeout(() => options.onNeedRefresh?.(), 10);
  return update;
});
vi.mock('virtual:pwa-register', () => ({ registerSW }));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('the update prompt', () => {
  it('registers the worker after load, and reloads into a new version only when asked', async () => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: {} });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { UpdatePrompt } = await import('./update-prompt');
    render(<UpdatePrompt />);
    expect(registerSW).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(3100));
    expect(registerSW).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(20));
    vi.useRealTimers();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Partner Horizons is ready.',
    );
    // Nothing is swapped in until the person chooses to.
    expect(update).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(update).toHaveBeenCalledWith(true);
  });
});
