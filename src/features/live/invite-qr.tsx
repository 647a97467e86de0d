import { useMemo } from 'react';
import { renderSVG } from 'uqr';

/**
 * The invite link as a QR code, for the people in the room to scan from the shared screen.
 * An <img> of an SVG data URL: the page's policy allows data: images and no inline markup.
 */
export function InviteQr({ link }: { link: string }) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(link, { ecc: 'L', border: 2 }))}`,
    [link],
  );
  return (
    <img
      className="live-invite__qr"
      src={src}
      width={176}
      height={176}
      alt="QR code of the invite link: scan it with a phone's or laptop's camera to join."
    />
  );
}
