import {
  LIMITS,
  linkSchema,
  type Link,
  horizonSchema,
  horizonSpanSchema,
  milestoneSchema,
  type Horizon,
  type Milestone,
} from './schema';
import { MILESTONE_STATUSES, MILESTONE_STATUS_LABELS, MILESTONE_TYPES } from './ladder';
import { LINK_KINDS, LINK_KIND_LABELS } from './link-terms';
import { idSchema } from './schema-parts';
import {
  asText,
  dateTime,
  internalMark,
  oneOf,
  optionalText,
  optionalWholeNumber,
  ownId,
  quote,
  requiredText,
  text,
  wholeNumber,
  type Rule,
} from './repair-rules';
import type { RecordKind } from './repair';

/** What restore knows of horizons and milestones: see RecordKind. */

/** A horizon is dropped only when it holds nothing: its milestones would lose their place. */
/** A horizon's place on the calendar, when it can be read; its timeframe's text stays either way. */
const horizonSpan: Rule = (value, name) => {
  if (value === undefined) return { value: undefined };
  const parsed = horizonSpanSchema.safeParse(value);
  return parsed.success
    ? { value: parsed.data }
    : {
        value: undefined,
        warning: `Dropped the dates of ${name}: they could not be read. Its timeframe is kept as written.`,
      };
};

export const HORIZON: RecordKind<Horizon> = {
  word: 'horizon',
  titleField: 'title',
  schema: horizonSchema,
  rules: {
    id: ownId,
    title: requiredText('title', LIMITS.horizonTitle, ({ index }) => `Horizon ${index + 1}`),
    timeframe: text('timeframe', LIMITS.timeframe),
    span: horizonSpan,
  },
  content: ['id', 'title', 'timeframe'],
  empty: 'it has no id, title or timeframe',
};

/** No type is a type not yet chosen; an unknown one is kept as the name of a custom one. */
const milestoneType: Rule = (value, name, record) => {
  if ((MILESTONE_TYPES as readonly unknown[]).includes(value)) return { value };
  if (value == null || value === '') return { value: undefined };
  if (typeof value !== 'string')
    return {
      value: undefined,
      warning: `Left the type of ${name} not set: it could not be read.`,
    };
  record.customType = value.slice(0, LIMITS.tag);
  return {
    value: 'custom',
    warning: `Made ${name} a custom milestone, ${quote(value)}: that type is not one this app knows.`,
  };
};

const horizonOfMilestone: Rule = (value, name, _record, context) => {
  const renamed = typeof value === 'string' ? context.renamedHorizons.get(value) : undefined;
  if (renamed) return { value: renamed };
  const first = context.horizons[0]!;
  return { value: first.id, warning: `Moved ${name} to ${first.title}: its horizon was missing.` };
};

const tags: Rule = (value, name) => {
  if (value == null) return { value: [] };
  if (!Array.isArray(value))
    return { value: [], warning: `Dropped the tags of ${name}: they could not be read.` };
  let cut = 0;
  let unreadable = 0;
  const kept: string[] = [];
  for (const tag of value) {
    const read = asText(tag)?.trim();
    if (!read) unreadable++;
    else if (read.length > LIMITS.tag) {
      cut++;
      kept.push(read.slice(0, LIMITS.tag));
    } else kept.push(read);
  }
  const beyond = Math.max(0, kept.length - LIMITS.tags);
  const done = [
    cut && `cut ${cut} to ${LIMITS.tag} characters`,
    unreadable && `dropped ${unreadable} that ${unreadable > 1 ? 'were' : 'was'} empty or not text`,
    beyond && `dropped ${beyond} beyond the ${LIMITS.tags} a milestone holds`,
  ].filter(Boolean);
  return {
    value: kept.slice(0, LIMITS.tags),
    warning: done.length ? `Tidied the tags of ${name}: ${done.join('; ')}.` : undefined,
  };
};

/** A date written some other way is kept where a person will find it: in the notes. */
const targetDate: Rule = (value, name, record) => {
  const written = asText(value)?.trim();
  if (value == null || written === '') return { value: undefined };
  if (written === undefined)
    return {
      value: undefined,
      warning: `Dropped the target date of ${name}: it could not be read.`,
    };
  const line = `Target date as written: ${written.slice(0, 60)}`;
  const notes = typeof record.notes === 'string' ? record.notes : '';
  const room = LIMITS.notes - line.length - 2;
  record.notes = notes ? `${notes.slice(0, room)}\n\n${line}` : line;
  const warning = `Kept the target date of ${name} (${written.slice(0, 60)}) in its notes: it is not a date this app reads.`;
  return {
    value: undefined,
    warning:
      notes.length > room
        ? `${warning} Cut the notes to ${room.toLocaleString('en-US')} characters to make room.`
        : warning,
  };
};

export const MILESTONE: RecordKind<Milestone> = {
  word: 'milestone',
  titleField: 'title',
  schema: milestoneSchema,
  rules: {
    id: ownId,
    horizonId: horizonOfMilestone,
    position: (value, name, _record, { index }) =>
      typeof value === 'number' && Number.isFinite(value)
        ? { value }
        : {
            value: index,
            warning:
              value == null
                ? undefined
                : `Put ${name} in its order in the file: its position could not be read.`,
          },
    title: requiredText('title', LIMITS.title, () => 'Untitled milestone'),
    type: milestoneType,
    customType: optionalText('custom type', LIMITS.tag),
    notes: text('notes', LIMITS.notes),
    owner: text('owner', LIMITS.owner),
    confidence: optionalWholeNumber('confidence', 0, 100),
    impact: wholeNumber('impact', 1, 5, 3),
    status: oneOf('status', MILESTONE_STATUSES, 'idea', MILESTONE_STATUS_LABELS),
    tags,
    targetDate,
    example: (value, name) =>
      typeof value === 'boolean' || value == null
        ? { value: value ?? undefined }
        : {
            value: undefined,
            warning: `Dropped the example mark of ${name}: it could not be read.`,
          },
    internal: internalMark('it'),
    notesInternal: internalMark('notes'),
    createdAt: dateTime('creation time', (_record, context) => context.createdAt),
    updatedAt: dateTime('time of its last change', (record) => record.createdAt as string),
  },
  content: ['title', 'notes', 'owner', 'customType', 'tags', 'targetDate'],
  empty: 'it has no title and no other text',
};

/** An end of a link: a milestone's id, or nothing to keep (the link is then skipped). */
const linkEnd: Rule = (value) => ({
  value: idSchema.safeParse(value).success ? value : undefined,
});

/** A link is kept only with both its ends; which milestones they are is checked after
 * (pathways.ts settleLinks), once the milestones are read. */
export const LINK: RecordKind<Link> = {
  word: 'link',
  titleField: 'label',
  schema: linkSchema,
  rules: {
    id: ownId,
    from: linkEnd,
    to: linkEnd,
    kind: oneOf('kind', LINK_KINDS, 'leads-to', LINK_KIND_LABELS),
    label: optionalText('label', LIMITS.linkLabel),
    updatedAt: dateTime('time of its last change', (_record, context) => context.createdAt),
  },
  content: ['from', 'to'],
  empty: 'it links no milestones',
};
