import { readChoice, usePersistentChoice } from './persistent-state';

/** The colours: as the system says (light or dark), or one the person chose on this device. */
export const THEMES = [
  { id: 'system', label: 'as the system' },
  { id: 'light', label: 'light' },
  { id: 'dark', label: 'dark' },
] as const;
export type Theme = (typeof THEMES)[number]['id'];

const KEY = 'partner-horizons:theme';
const IDS = THEMES.map((t) => t.id);

/** Sets the page's colours; theme.css reads `data-theme` (absent: the system decides). */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

/** The choice kept on this device; run before the first paint so no page flashes. */
export const storedTheme = (): Theme => readChoice(KEY, IDS) ?? 'system';

/** The current choice and a way to change (and remember) it. */
export function useTheme() {
  const [theme, setTheme] = usePersistentChoice<Theme>(KEY, IDS, 'system');
  const choose = (next: Theme) => {
    setTheme(next);
    applyTheme(next);
  };
  return [theme, choose] as const;
}
