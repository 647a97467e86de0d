import { Icon } from './icon';
import { THEMES, useTheme } from './theme';

/** One button in the app bar: colours as the system says, then light, then dark, and round. */
export function ThemeSwitch() {
  const [theme, setTheme] = useTheme();
  const index = THEMES.findIndex((t) => t.id === theme);
  const current = THEMES[index]!;
  const next = THEMES[(index + 1) % THEMES.length]!;
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Colours: ${current.label}`}
      title={`Colours: ${current.label}. Press for ${next.label}.`}
      onClick={() => setTheme(next.id)}
    >
      <Icon name="theme" />
    </button>
  );
}
