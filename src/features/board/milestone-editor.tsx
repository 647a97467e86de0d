import { useState, type FormEvent, type ReactNode } from 'react';
import {
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  MILESTONE_TYPES,
  MILESTONE_TYPE_LABELS,
} from '../../domain/ladder';
import { EMPTY_DRAFT, type MilestoneDraft } from '../../domain/milestones';
import {
  toMilestoneForm,
  validateMilestoneForm,
  type MilestoneForm,
  type MilestoneFormErrors,
} from '../../domain/milestone-form';
import { LIMITS, type Horizon, type Milestone } from '../../domain/schema';
import { findLinks } from '../../domain/links';
import { FormDialog } from '../../ui/form-dialog';
import { Icon } from '../../ui/icon';
import { SelectField, TextField } from '../../ui/text-field';
import './milestone-editor.css';

interface MilestoneEditorProps {
  /** The milestone to edit; left out to create a new one. */
  milestone?: Milestone;
  horizons: readonly Horizon[];
  defaultHorizonId: string;
  onSave: (result: { draft: MilestoneDraft; horizonId: string }) => void;
  onDelete?: () => void;
  onClose: () => void;
  /** Shown at the end of the form: the milestone's history from the decision log. */
  history?: ReactNode;
  /** The horizon a target date belongs in on this board's calendar (calendar.ts). */
  horizonFor?: (date: string) => Horizon | undefined;
}

const IMPACT_LABELS = [
  '',
  '1 — minor',
  '2 — useful',
  '3 — significant',
  '4 — major',
  '5 — transformative',
];

/** One field of the form; a refused submit finds the first wrong field by its name. */
interface BoundField {
  name: keyof MilestoneForm;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}
type Bind = (field: keyof MilestoneForm) => BoundField;

/** Every field of a milestone, with a message beside any field that is wrong. */
export function MilestoneEditor({
  milestone,
  horizons,
  defaultHorizonId,
  onSave,
  onDelete,
  onClose,
  history,
  horizonFor,
}: MilestoneEditorProps) {
  const [form, setForm] = useState<MilestoneForm>(() =>
    toMilestoneForm(milestone ?? EMPTY_DRAFT, milestone?.horizonId ?? defaultHorizonId),
  );
  const [errors, setErrors] = useState<MilestoneFormErrors>({});

  const bind: Bind = (field) => ({
    name: field,
    value: form[field],
    error: errors[field],
    onChange: (value) => {
      setForm((f) => ({ ...f, [field]: value }));
      if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const result = validateMilestoneForm(
      form,
      horizons.map((h) => h.id),
    );
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSave({ draft: result.draft, horizonId: result.horizonId });
  };

  return (
    <FormDialog
      title={milestone ? 'Edit milestone' : 'New milestone'}
      onClose={onClose}
      wide
      className="milestone-form"
      onSubmit={submit}
      submitLabel={milestone ? 'Save' : 'Add milestone'}
      extraActions={
        onDelete && (
          <button
            type="button"
            className="button button--ghost button--danger-ghost"
            onClick={onDelete}
          >
            <Icon name="trash" /> Delete milestone
          </button>
        )
      }
    >
      <TextField label="Title" maxLength={LIMITS.title + 20} autoFocus {...bind('title')} />
      <KindFields bind={bind} horizons={horizons} />
      <MeasureFields bind={bind} />
      <HorizonOffer
        offered={
          horizonFor && /^\d{4}-\d{2}-\d{2}$/.test(form.targetDate)
            ? horizonFor(form.targetDate)
            : undefined
        }
        current={form.horizonId}
        onTake={(id) => bind('horizonId').onChange(id)}
      />
      <TextField label="Tags" placeholder="Separate tags with commas" {...bind('tags')} />
      <TextField label="Notes" multiline rows={3} {...bind('notes')}>
        <NoteLinks notes={form.notes} />
      </TextField>
      <AudienceFields bind={bind} />
      {history}
    </FormDialog>
  );
}

/** When the target date falls in another horizon than the one chosen: say so, offer it. */
function HorizonOffer({
  offered,
  current,
  onTake,
}: {
  offered: Horizon | undefined;
  current: string;
  onTake: (horizonId: string) => void;
}) {
  if (!offered || offered.id === current) return null;
  return (
    <p className="milestone-form__offer" role="status">
      <span>
        Its target date falls in <strong>{offered.title}</strong>
        {offered.timeframe && ` (${offered.timeframe})`}.
      </span>
      <button type="button" className="button" onClick={() => onTake(offered.id)}>
        Put it in {offered.title}
      </button>
    </p>
  );
}

/**
 * Whether the partner may see it: the milestone, or only its notes, can stay with our team.
 * Everything made for the partner leaves them out (src/domain/audience.ts).
 */
function AudienceFields({ bind }: { bind: Bind }) {
  return (
    <fieldset className="milestone-form__audience">
      <legend>
        <Icon name="lock" /> Who may see it
      </legend>
      <Mark field={bind('internal')}>
        Internal: our team only, left out of everything made for the partner
      </Mark>
      {bind('internal').value !== 'yes' && (
        <Mark field={bind('notesInternal')}>
          Keep the notes internal: the partner sees the milestone without them
        </Mark>
      )}
    </fieldset>
  );
}

/** A mark the form holds as "yes" or "", as a checkbox with its words. */
function Mark({ field, children }: { field: BoundField; children: ReactNode }) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        name={field.name}
        checked={field.value === 'yes'}
        onChange={(event) => field.onChange(event.target.checked ? 'yes' : '')}
      />
      {children}
    </label>
  );
}

/** What kind of milestone it is, on which horizon, and how far along. */
function KindFields({ bind, horizons }: { bind: Bind; horizons: readonly Horizon[] }) {
  const type = bind('type');
  return (
    <div className="field-row">
      <SelectField label="Type" {...type}>
        <option value="">Not set</option>
        {MILESTONE_TYPES.map((t) => (
          <option key={t} value={t}>
            {MILESTONE_TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      {type.value === 'custom' && (
        <TextField
          label="Custom type (optional)"
          placeholder="e.g. Joint venture"
          {...bind('customType')}
        />
      )}
      <SelectField label="Horizon" {...bind('horizonId')}>
        {horizons.map((h) => (
          <option key={h.id} value={h.id}>
            {h.title}
            {h.timeframe ? ` (${h.timeframe})` : ''}
          </option>
        ))}
      </SelectField>
      <SelectField label="Status" {...bind('status')}>
        {MILESTONE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {MILESTONE_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** Who drives it, how sure and how big it is, and when it is due. */
function MeasureFields({ bind }: { bind: Bind }) {
  return (
    <div className="field-row field-row--4">
      <TextField label="Owner" placeholder="Who drives it" {...bind('owner')} />
      <TextField
        label="Confidence (%)"
        hint="How likely this happens in its horizon."
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={5}
        placeholder="Not set"
        {...bind('confidence')}
      />
      <SelectField label="Impact" {...bind('impact')}>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={String(n)}>
            {IMPACT_LABELS[n]}
          </option>
        ))}
      </SelectField>
      <TextField label="Target date" type="date" {...bind('targetDate')} />
    </div>
  );
}

/** The web and mail links in the notes, openable; any other scheme stays plain text. */
function NoteLinks({ notes }: { notes: string }) {
  const links = findLinks(notes);
  if (!links.length) return null;
  return (
    <ul className="note-links" aria-label="Links in the notes">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {link.text}
          </a>
        </li>
      ))}
    </ul>
  );
}
