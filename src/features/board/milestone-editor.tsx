import { useState, type ChangeEvent, type FormEvent } from 'react';
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
import { Dialog } from '../../ui/dialog';
import { Icon } from '../../ui/icon';
import './milestone-editor.css';

interface MilestoneEditorProps {
  /** The milestone to edit; left out to create a new one. */
  milestone?: Milestone;
  horizons: readonly Horizon[];
  defaultHorizonId: string;
  onSave: (result: { draft: MilestoneDraft; horizonId: string }) => void;
  onDelete?: () => void;
  onClose: () => void;
}

const IMPACT_LABELS = [
  '',
  '1 — minor',
  '2 — useful',
  '3 — significant',
  '4 — major',
  '5 — transformative',
];

/** Every field of a milestone, with a message beside any field that is wrong. */
export function MilestoneEditor({
  milestone,
  horizons,
  defaultHorizonId,
  onSave,
  onDelete,
  onClose,
}: MilestoneEditorProps) {
  const [form, setForm] = useState<MilestoneForm>(() =>
    toMilestoneForm(milestone ?? EMPTY_DRAFT, milestone?.horizonId ?? defaultHorizonId),
  );
  const [errors, setErrors] = useState<MilestoneFormErrors>({});

  const set =
    (field: keyof MilestoneForm) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      setForm((f) => ({ ...f, [field]: event.target.value }));
      if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
    };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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

  const fieldProps = (field: keyof MilestoneForm) => ({
    id: `milestone-${field}`,
    name: field,
    value: form[field],
    onChange: set(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `milestone-${field}-error` : undefined,
  });
  const error = (field: keyof MilestoneForm) =>
    errors[field] ? (
      <p id={`milestone-${field}-error`} className="field__error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <Dialog title={milestone ? 'Edit milestone' : 'New milestone'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="milestone-form">
        <div className="field">
          <label htmlFor="milestone-title">Title</label>
          <input
            className="input"
            maxLength={LIMITS.title + 20}
            autoFocus
            {...fieldProps('title')}
          />
          {error('title')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="milestone-type">Type</label>
            <select className="select" {...fieldProps('type')}>
              {MILESTONE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {MILESTONE_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            {error('type')}
          </div>
          {form.type === 'custom' && (
            <div className="field">
              <label htmlFor="milestone-customType">Custom type (optional)</label>
              <input
                className="input"
                placeholder="e.g. Joint venture"
                {...fieldProps('customType')}
              />
              {error('customType')}
            </div>
          )}
          <div className="field">
            <label htmlFor="milestone-horizonId">Horizon</label>
            <select className="select" {...fieldProps('horizonId')}>
              {horizons.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.title}
                  {h.timeframe ? ` (${h.timeframe})` : ''}
                </option>
              ))}
            </select>
            {error('horizonId')}
          </div>
          <div className="field">
            <label htmlFor="milestone-status">Status</label>
            <select className="select" {...fieldProps('status')}>
              {MILESTONE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {MILESTONE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            {error('status')}
          </div>
        </div>
        <div className="field-row field-row--4">
          <div className="field">
            <label htmlFor="milestone-owner">Owner</label>
            <input className="input" placeholder="Who drives it" {...fieldProps('owner')} />
            {error('owner')}
          </div>
          <div className="field">
            <label htmlFor="milestone-confidence">Confidence (%)</label>
            <input
              className="input"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={5}
              {...fieldProps('confidence')}
            />
            {error('confidence')}
          </div>
          <div className="field">
            <label htmlFor="milestone-impact">Impact</label>
            <select className="select" {...fieldProps('impact')}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {IMPACT_LABELS[n]}
                </option>
              ))}
            </select>
            {error('impact')}
          </div>
          <div className="field">
            <label htmlFor="milestone-targetDate">Target date</label>
            <input className="input" type="date" {...fieldProps('targetDate')} />
            {error('targetDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor="milestone-tags">Tags</label>
          <input
            className="input"
            placeholder="Separate tags with commas"
            {...fieldProps('tags')}
          />
          {error('tags')}
        </div>
        <div className="field">
          <label htmlFor="milestone-notes">Notes</label>
          <textarea className="textarea" rows={3} {...fieldProps('notes')} />
          {error('notes')}
          <NoteLinks notes={form.notes} />
        </div>
        <div className="dialog__actions">
          {onDelete && (
            <button
              type="button"
              className="button button--ghost button--danger-ghost"
              onClick={onDelete}
            >
              <Icon name="trash" /> Delete milestone
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {milestone ? 'Save' : 'Add milestone'}
          </button>
        </div>
      </form>
    </Dialog>
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
