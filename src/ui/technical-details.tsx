import './technical-details.css';

/**
 * The technical side of a message (an error's name, a storage key), folded away: the
 * person reads the plain words; whoever helps them, or a bug report, gets the rest.
 */
export function TechnicalDetails({ detail }: { detail: string | null | undefined }) {
  if (!detail) return null;
  return (
    <details className="technical-details">
      <summary>Technical details</summary>
      <pre>{detail}</pre>
    </details>
  );
}
