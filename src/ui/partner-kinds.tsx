import { Fragment } from 'react';
import {
  PARTNERSHIP_KINDS,
  PARTNERSHIP_KIND_LABELS,
  partnershipKindLabels,
  type PartnershipKind,
} from '../domain/ladder';
import './partner-kinds.css';

/** What the kinds are called wherever a person sets or reads them. */
export const KINDS_LABEL = 'Kind of partnership';

/**
 * The kinds of a partnership as small chips beside the partner's name; nothing when none.
 * Phrasing content only, so it fits inside a button or a line of text; a screen reader hears
 * the words with commas between them.
 */
export function KindChips({ kinds }: { kinds: readonly PartnershipKind[] }) {
  const labels = partnershipKindLabels(kinds);
  if (!labels.length) return null;
  return (
    <span className="kind-chips">
      {labels.map((label, index) => (
        <Fragment key={label}>
          <span className="kind-chip">{label}</span>
          {index < labels.length - 1 && <span className="visually-hidden">, </span>}
        </Fragment>
      ))}
    </span>
  );
}

/** One checkbox per kind, in a group named for what they are: none, one or several. */
export function KindsField({
  kinds,
  onChange,
  hint,
}: {
  kinds: readonly PartnershipKind[];
  onChange: (kinds: PartnershipKind[]) => void;
  hint?: string;
}) {
  const toggle = (kind: PartnershipKind, on: boolean) =>
    onChange(PARTNERSHIP_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));
  return (
    <fieldset className="field kinds-field">
      <legend>{KINDS_LABEL}</legend>
      {hint && <p className="field__hint kinds-field__hint">{hint}</p>}
      <div className="kinds-field__options">
        {PARTNERSHIP_KINDS.map((kind) => (
          <label key={kind} className="kinds-field__option">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(event) => toggle(kind, event.target.checked)}
            />
            {PARTNERSHIP_KIND_LABELS[kind]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
