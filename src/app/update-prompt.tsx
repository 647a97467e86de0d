import { useEffect, useState } from 'react';
import './update-prompt.css';

const REGISTER_DELAY_MS = 3000;

/**
 * Registers the service worker that keeps the app working offline, and when a new version
 * has arrived says so instead of swapping it in under the person: they reload when ready.
 * Production only; the registration code loads after the first render.
 */
export function UpdatePrompt() {
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let active = true;
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const update = registerSW({
          onNeedRefresh: () => {
            if (active) setReload(() => () => void update(true));
          },
        });
      });
    // Not urgent: a few seconds after the page has loaded, so the first visit's own
    // downloads (and its JavaScript budget) are not shared with the offline copy.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => (timer = setTimeout(register, REGISTER_DELAY_MS));
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
    return () => {
      active = false;
      clearTimeout(timer);
      window.removeEventListener('load', later);
    };
  }, []);
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version of Partner Horizons is ready.</p>
      <button type="button" className="button button--primary" onClick={reload}>
        Reload to update
      </button>
    </div>
  );
}
