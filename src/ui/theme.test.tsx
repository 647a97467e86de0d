import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { storedTheme } from './theme';
import { ThemeSwitch } from './theme-switch';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('ThemeSwitch', () => {
  it('goes from the system colours to light, dark and back, and remembers the choice', async () => {
    const user = userEvent.setup();
    render(<ThemeSwitch />);
    const html = document.documentElement;
    expect(screen.getByRole('button', { name: 'Colours: as the system' })).toBeVisible();
    expect(html).not.toHaveAttribute('data-theme');

    await user.click(screen.getByRole('button', { name: 'Colours: as the system' }));
    expect(html).toHaveAttribute('data-theme', 'light');
    await user.click(screen.getByRole('button', { name: 'Colours: light' }));
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(storedTheme()).toBe('dark');

    await user.click(screen.getByRole('button', { name: 'Colours: dark' }));
    expect(html).not.toHaveAttribute('data-theme');
    expect(storedTheme()).toBe('system');
  });
});
