import { useEffect } from 'react';

const APP = 'Partner Horizons';

/** Names the tab after what is on screen, so a screen reader and a crowded tab bar say where you are. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — ${APP}` : APP;
  }, [title]);
}
