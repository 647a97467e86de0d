import { plural } from './plural';
import { LIMITS, boardSchema, isoDate, partnerSchema } from './schema';

/** The day the horizons count from, when it is one; else the day the board was made, and told. */
function restoreAnchor(value: unknown, warnings: string[]) {
  if (value == null) return {};
  if (isoDate.safeParse(value).success) return { anchor: value as string };
  warnings.push(
    'Dropped the day the horizons count from: it is not a date this app reads. They count from the day the board was made.',
  );
  return {};
}

/** Which board a scenario is of, when it is one and says so readably; else left out, and told. */
function restoreScenario(value: unknown, warnings: string[]) {
  if (value == null) return {};
  const parsed = boardSchema.shape.scenario.safeParse(value);
  if (parsed.success && parsed.data) return { scenario: parsed.data };
  warnings.push('Dropped the note of which board this is a scenario of: it could not be read.');
  return {};
}
import { PARTNERSHIP_KINDS, type PartnershipKind } from './ladder';
import { emptyBoard } from './empty-board';
import {
  dateTime,
  isRecord,
  newContext,
  quote,
  requiredText,
  text,
  type Raw,
  type Rule,
} from './repair-rules';
import { knownFields } from './repair';
import type { KeptFields } from './extensions';
import { liftExtensions, type Extensions } from './extensions';

/**
 * The board's own fields as restore reads them (restore.ts reads its lists): the title,
 * the partner, the vision and its details, the times, and what other tools kept on them.
 */

/** What every list of a board shares as it is read: fields kept for other tools, and the
 * technical detail behind warnings. */
export interface Shared {
  kept: KeptFields;
  details: string[];
}

/** The board's own fields: a missing one is filled in quietly from the empty board; a damaged
 * one is put right and reported. Its id is taken as it is: a board without a usable one is
 * refused. */
export function restoreBoardFields(raw: Raw, warnings: string[], shared: Shared) {
  const context = newContext(new Date().toISOString(), shared);
  // The board's and the partner's own fields the app does not know are kept for other tools.
  const lifted = liftExtensions(raw, knownFields(boardSchema));
  const input = lifted.record;
  shared.kept.add(['the board', 'the board'], lifted.kept);
  for (const { field, why } of lifted.dropped)
    warnings.push(`Dropped the field “${field}” of the board: ${why}.`);
  const empty = emptyBoard({ now: context.createdAt });
  const fix = (rule: Rule, value: unknown, name = 'the board') => {
    const { value: fixed, warning } = rule(value, name, input, context);
    if (warning) warnings.push(warning);
    return fixed as string;
  };
  const createdAt = fix(
    dateTime('creation time', () => empty.createdAt),
    input.createdAt,
  );
  const liftedPartner = isRecord(input.partner)
    ? liftExtensions(input.partner, knownFields(partnerSchema))
    : undefined;
  const partner = liftedPartner?.record ?? {};
  if (liftedPartner) {
    shared.kept.add(['the partner', 'the partner'], liftedPartner.kept);
    for (const { field, why } of liftedPartner.dropped)
      warnings.push(`Dropped the field “${field}” of the partner: ${why}.`);
  }
  if (input.partner != null && !isRecord(input.partner))
    warnings.push('Dropped the partner details of the board: they could not be read.');
  const agreedOn = input.agreedOn;
  const keepsAgreedOn = isoDate.safeParse(agreedOn).success;
  if (!keepsAgreedOn && agreedOn != null && agreedOn !== '')
    warnings.push(
      `Dropped the day the vision was agreed on${typeof agreedOn === 'string' ? ` (${quote(agreedOn)})` : ''}: it is not a date this app reads.`,
    );
  return {
    id: input.id,
    title:
      input.title == null
        ? empty.title
        : fix(
            requiredText('title', LIMITS.boardTitle, () => empty.title),
            input.title,
          ),
    partner: {
      name: fix(
        text('name', LIMITS.partnerName),
        partner.name ?? empty.partner.name,
        'the partner',
      ),
      kinds: restoreKinds(partner.kinds ?? empty.partner.kinds, warnings),
      notes: fix(text('notes', LIMITS.notes), partner.notes ?? empty.partner.notes, 'the partner'),
      ...(partner.extensions ? { extensions: partner.extensions as Extensions } : {}),
    },
    vision: fix(text('vision', LIMITS.vision), input.vision ?? empty.vision),
    whyUs: fix(text('“Why it matters to us”', LIMITS.why), input.whyUs ?? empty.whyUs),
    whyThem: fix(text('“Why it matters to them”', LIMITS.why), input.whyThem ?? empty.whyThem),
    agreedBy: fix(text('“Agreed by”', LIMITS.agreedBy), input.agreedBy ?? empty.agreedBy),
    ...(keepsAgreedOn ? { agreedOn: agreedOn as string } : {}),
    ...restoreScenario(input.scenario, warnings),
    ...restoreAnchor(input.anchor, warnings),
    createdAt,
    updatedAt: fix(
      dateTime('time of its last change', () => createdAt),
      input.updatedAt,
    ),
    ...(input.extensions ? { extensions: input.extensions as Extensions } : {}),
  };
}

function restoreKinds(value: unknown, warnings: string[]): PartnershipKind[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    warnings.push('Dropped the partnership kinds of the board: they could not be read.');
    return [];
  }
  const isKnown = (kind: unknown): kind is PartnershipKind =>
    (PARTNERSHIP_KINDS as readonly unknown[]).includes(kind);
  const unknown = value.filter((kind) => !isKnown(kind));
  if (unknown.length) {
    const named = unknown.filter((kind) => typeof kind === 'string').map(quote);
    warnings.push(
      `Dropped ${plural(unknown.length, 'partnership kind')} this app does not know${named.length ? `: ${named.join(', ')}` : ''}.`,
    );
  }
  return [...new Set(value.filter(isKnown))];
}
