import { LIMITS } from './schema';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from './ladder';
import type { MilestoneDraft } from './milestones';

/** The milestone editor's fields as the form holds them: each field of the draft, and the
 * horizon, as text typed; a mark (internal) as "yes" or "". */
export type MilestoneForm = Record<keyof MilestoneDraft | 'horizonId', string>;

export type MilestoneFormErrors = Partial<Record<keyof MilestoneForm, string>>;

export function toMilestoneForm(draft: MilestoneDraft, horizonId: string): MilestoneForm {
  return {
    title: draft.title,
    // Empty: not set, for type and confidence alike.
    type: draft.type ?? '',
    customType: draft.customType ?? '',
    horizonId,
    notes: draft.notes,
    owner: draft.owner,
    confidence: draft.confidence === undefined ? '' : String(draft.confidence),
    impact: String(draft.impact),
    status: draft.status,
    tags: draft.tags.join(', '),
    targetDate: draft.targetDate ?? '',
    internal: draft.internal ? 'yes' : '',
    notesInternal: draft.notesInternal ? 'yes' : '',
  };
}

/** Splits "a, b,c" into tags; the editor shows tags as one comma-separated field. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Checks the editor's fields and says, per field, what is wrong in words a person uses. */
export function validateMilestoneForm(
  form: MilestoneForm,
  horizonIds: readonly string[],
):
  | { ok: true; draft: MilestoneDraft; horizonId: string }
  | { ok: false; errors: MilestoneFormErrors } {
  const errors: MilestoneFormErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = 'Give the milestone a title.';
  else if (title.length > LIMITS.title)
    errors.title = `Keep the title under ${LIMITS.title} characters.`;

  if (form.type && !(MILESTONE_TYPES as readonly string[]).includes(form.type))
    errors.type = 'Choose a type, or leave it not set.';
  if (form.type === 'custom' && form.customType.trim().length > LIMITS.tag) {
    errors.customType = `Keep the custom type under ${LIMITS.tag} characters.`;
  }
  if (!horizonIds.includes(form.horizonId)) errors.horizonId = 'Choose a horizon.';
  if (form.owner.trim().length > LIMITS.owner)
    errors.owner = `Keep the owner under ${LIMITS.owner} characters.`;
  if (form.notes.length > LIMITS.notes)
    errors.notes = `Keep the notes under ${LIMITS.notes} characters.`;

  const confidenceText = form.confidence.trim();
  const confidence = confidenceText === '' ? undefined : Number(confidenceText);
  if (
    confidence !== undefined &&
    (!Number.isInteger(confidence) || confidence < 0 || confidence > 100)
  ) {
    errors.confidence = 'Confidence is a whole number from 0 to 100, or leave it empty.';
  }
  const impact = Number(form.impact);
  if (!Number.isInteger(impact) || impact < 1 || impact > 5)
    errors.impact = 'Impact is from 1 to 5.';
  if (!(MILESTONE_STATUSES as readonly string[]).includes(form.status))
    errors.status = 'Choose a status.';

  const tags = parseTags(form.tags);
  if (tags.length > LIMITS.tags) errors.tags = `Use at most ${LIMITS.tags} tags.`;
  else if (tags.some((t) => t.length > LIMITS.tag))
    errors.tags = `Keep each tag under ${LIMITS.tag} characters.`;

  const targetDate = form.targetDate.trim();
  if (targetDate && !isRealDate(targetDate))
    errors.targetDate = 'Enter a real date, or leave it empty.';

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    horizonId: form.horizonId,
    draft: {
      title,
      type: (form.type || undefined) as MilestoneDraft['type'],
      customType: form.type === 'custom' ? form.customType.trim() || undefined : undefined,
      notes: form.notes,
      owner: form.owner.trim(),
      confidence,
      impact,
      status: form.status as MilestoneDraft['status'],
      tags,
      targetDate: targetDate || undefined,
      internal: form.internal === 'yes' || undefined,
      notesInternal: form.notesInternal === 'yes' || undefined,
    },
  };
}
