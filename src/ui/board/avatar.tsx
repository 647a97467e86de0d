import './avatar.css';

/** A participant's initials on their colour (a name in PARTICIPANT_COLORS); words go beside it. */
export function Avatar({ color, initials }: { color: string; initials: string }) {
  return (
    <span className={`avatar avatar--${color}`} aria-hidden="true">
      {initials}
    </span>
  );
}
