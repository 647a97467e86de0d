import { plural } from './plural';
import {
  LIMITS,
  participantSchema,
  roundSchema,
  valueSchema,
  voteSchema,
  type Participant,
  type Round,
  type Value,
} from './schema';
import {
  ALIGNMENTS,
  ALIGNMENT_LABELS,
  PARTICIPANT_COLORS,
  VALUE_SIDES,
  VALUE_SIDE_LABELS,
} from './workshop-terms';
import { DEFAULT_DOTS, initialsOf } from './voting';
import {
  asText,
  dateTime,
  flag,
  internalMark,
  isRecord,
  oneOf,
  ownId,
  quote,
  requiredText,
  wholeNumber,
  type Rule,
} from './repair-rules';
import type { RecordKind } from './repair';

/** What restore knows of the workshop's values, participants and voting rounds: see RecordKind. */

export const VALUE: RecordKind<Value> = {
  word: 'value',
  titleField: 'text',
  schema: valueSchema,
  rules: {
    id: ownId,
    // Whose value it is cannot be guessed quietly: a missing side is a repair too.
    side: (value, name, record, context) =>
      value == null
        ? {
            value: 'ours',
            warning: `Set the side of ${name} to “${VALUE_SIDE_LABELS.ours}”: it had none.`,
          }
        : oneOf('side', VALUE_SIDES, 'ours', VALUE_SIDE_LABELS)(value, name, record, context),
    text: requiredText('text', LIMITS.value, () => 'Untitled value'),
    alignment: oneOf('alignment', ALIGNMENTS, 'open', ALIGNMENT_LABELS),
    internal: internalMark('it'),
  },
  content: ['text'],
  empty: 'it has no text',
};

export const PARTICIPANT: RecordKind<Participant> = {
  word: 'participant',
  titleField: 'name',
  schema: participantSchema,
  rules: {
    id: ownId,
    name: requiredText('name', LIMITS.participantName, ({ index }) => `Participant ${index + 1}`),
    initials: (value, name, record) => {
      const read = asText(value)?.trim();
      if (read && read.length > 3)
        return { value: read.slice(0, 3), warning: `Cut the initials of ${name} to 3 characters.` };
      if (read && typeof value === 'string') return { value: read };
      if (read) return { value: read, warning: `Read the initials of ${name} (${read}) as text.` };
      const derived = initialsOf(String(record.name)).slice(0, 3);
      return {
        value: derived,
        warning:
          value == null
            ? undefined
            : `Set the initials of ${name} to ${derived}: they could not be read.`,
      };
    },
    color: (value, name, _record, { index }) => {
      const color = PARTICIPANT_COLORS[index % PARTICIPANT_COLORS.length]!;
      return {
        value: color,
        warning:
          value == null
            ? undefined
            : `Gave ${name} the colour ${color}: ${typeof value === 'string' ? `${quote(value)} is not a colour this app knows` : 'it could not be read'}.`,
      };
    },
  },
  content: ['name', 'initials'],
  empty: 'it has no name',
};

const MAX_VOTES = LIMITS.participants * LIMITS.dots;

const votes: Rule = (value, name) => {
  if (value == null) return { value: [] };
  if (!Array.isArray(value))
    return { value: [], warning: `Dropped the dots of ${name}: they could not be read.` };
  const readable = value.flatMap((vote) => {
    const parsed = voteSchema.safeParse(vote);
    return parsed.success ? [parsed.data] : [];
  });
  const kept = readable.slice(0, MAX_VOTES);
  const lost = value.length - kept.length;
  return {
    value: kept,
    warning: lost ? `Dropped ${plural(lost, 'dot')} of ${name} that could not be read.` : undefined,
  };
};

const resultSchema = roundSchema.shape.results.def.innerType.def.element;

const results: Rule = (value, name) => {
  if (value == null) return { value: undefined };
  if (!Array.isArray(value))
    return { value: undefined, warning: `Dropped the results of ${name}: they could not be read.` };
  let cut = 0;
  const kept = value.flatMap((entry) => {
    const title = isRecord(entry) ? asText(entry.title)?.trim() : undefined;
    if (title && title.length > LIMITS.title) cut++;
    const parsed = resultSchema.safeParse(
      isRecord(entry) ? { ...entry, title: title?.slice(0, LIMITS.title) } : entry,
    );
    return parsed.success ? [parsed.data] : [];
  });
  const lost = value.length - kept.length;
  const done = [
    lost && `dropped ${lost} that could not be read`,
    cut && `cut ${plural(cut, 'milestone title')} to ${LIMITS.title} characters`,
  ].filter(Boolean);
  return {
    value: kept,
    warning: done.length ? `Tidied the results of ${name}: ${done.join('; ')}.` : undefined,
  };
};

export const ROUND: RecordKind<Round> = {
  word: 'voting round',
  titleField: 'title',
  schema: roundSchema,
  rules: {
    id: ownId,
    title: requiredText('title', LIMITS.roundTitle, ({ index }) => `Round ${index + 1}`),
    dots: wholeNumber('number of dots', 1, LIMITS.dots, DEFAULT_DOTS),
    hidden: flag('whether its dots are hidden', () => false),
    revealed: flag('whether its dots were revealed', (record) => record.hidden !== true),
    votes,
    results,
    startedAt: dateTime('start time', (_record, context) => context.createdAt),
    closedAt: (value, name, record) =>
      value == null
        ? { value: undefined }
        : {
            // A round with a closing time was closed: it stays closed.
            value: record.startedAt,
            warning: `Closed ${name} at its start: its closing time could not be read.`,
          },
  },
  content: ['title', 'votes', 'results'],
  empty: 'it has no title, dots or results',
};
