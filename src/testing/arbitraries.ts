import { LINK_KINDS } from '../domain/link-terms';
import { settleLinks } from '../domain/pathways';
import fc from 'fast-check';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PARTNERSHIP_KINDS } from '../domain/ladder';
import {
  EDITED_FIELDS,
  LIMITS,
  type Board,
  type Edited,
  type Horizon,
  type Milestone,
  type Participant,
  type Round,
  type Value,
} from '../domain/schema';
import { ALIGNMENTS, PARTICIPANT_COLORS, VALUE_SIDES } from '../domain/workshop-terms';

/** fast-check generators of valid boards: anything the app itself could have saved. */

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));
export const arbId = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/).filter((id) => !RESERVED.has(id));

/** Text as the app stores it: already trimmed, non-empty when required. */
const arbText = (max: number, required = false) =>
  fc
    .string({ maxLength: max, unit: 'grapheme' })
    .map((s) => s.trim().slice(0, max))
    .filter((s) => !required || s.length > 0);

const arbInstant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const arbDay = arbInstant.map((iso) => iso.slice(0, 10));

/** When each board field was last edited, if the board knows. */
const arbEdited: fc.Arbitrary<Edited> = fc.record(
  Object.fromEntries(EDITED_FIELDS.map((field) => [field, arbInstant])) as Record<
    keyof Edited,
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);

const arbHorizon: fc.Arbitrary<Horizon> = fc.record(
  {
    id: arbId,
    title: arbText(LIMITS.horizonTitle, true),
    timeframe: arbText(LIMITS.timeframe),
    // Boards saved before items kept edit times have none.
    updatedAt: arbInstant,
  },
  { requiredKeys: ['id', 'title', 'timeframe'] },
);

const arbMilestone = (id: string, horizonIds: string[]): fc.Arbitrary<Milestone> =>
  fc.record(
    {
      id: fc.constant(id),
      horizonId: fc.constantFrom(...horizonIds),
      // JSON has no -0; the app never makes one.
      position: fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
        .map((p) => p || 0),
      title: arbText(LIMITS.title, true),
      type: fc.constantFrom(...MILESTONE_TYPES),
      customType: arbText(LIMITS.tag),
      notes: arbText(300),
      owner: arbText(LIMITS.owner),
      confidence: fc.integer({ min: 0, max: 100 }),
      impact: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom(...MILESTONE_STATUSES),
      tags: fc.array(arbText(LIMITS.tag, true), { maxLength: 5 }),
      targetDate: arbDay,
      example: fc.boolean(),
      createdAt: arbInstant,
      updatedAt: arbInstant,
    },
    {
      // A type and a confidence may be left out: not set.
      requiredKeys: [
        'id',
        'horizonId',
        'position',
        'title',
        'notes',
        'owner',
        'impact',
        'status',
        'tags',
        'createdAt',
        'updatedAt',
      ],
    },
  );

const arbValue: fc.Arbitrary<Value> = fc.record(
  {
    id: arbId,
    side: fc.constantFrom(...VALUE_SIDES),
    text: arbText(LIMITS.value, true),
    alignment: fc.constantFrom(...ALIGNMENTS),
    updatedAt: arbInstant,
  },
  { requiredKeys: ['id', 'side', 'text', 'alignment'] },
);

const arbParticipant: fc.Arbitrary<Participant> = fc.record(
  {
    id: arbId,
    name: arbText(LIMITS.participantName, true),
    initials: fc.stringMatching(/^[A-Z]{1,3}$/),
    color: fc.constantFrom(...PARTICIPANT_COLORS),
    updatedAt: arbInstant,
  },
  { requiredKeys: ['id', 'name', 'initials', 'color'] },
);

/** Rounds as the app keeps them: all closed but perhaps the last, never over the allowance. */
const arbRounds = (participantIds: string[], milestoneIds: string[]): fc.Arbitrary<Round[]> =>
  fc
    .uniqueArray(
      fc.record({
        id: arbId,
        title: arbText(LIMITS.roundTitle, true),
        dots: fc.integer({ min: 1, max: 5 }),
        hidden: fc.boolean(),
        revealed: fc.boolean(),
        picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        startedAt: arbInstant,
        closedAt: arbInstant,
        updatedAt: fc.option(arbInstant, { nil: undefined }),
        lastOpen: fc.boolean(),
      }),
      { maxLength: 3, selector: (r) => r.id },
    )
    .map((rounds) =>
      rounds.map(({ picks, lastOpen, closedAt, updatedAt, ...fields }, i, all) => {
        const round = updatedAt ? { ...fields, updatedAt } : fields;
        const placed = new Map<string, number>();
        const votes =
          participantIds.length && milestoneIds.length
            ? picks.flatMap(([p, m]) => {
                const participantId = participantIds[p % participantIds.length]!;
                const count = (placed.get(participantId) ?? 0) + 1;
                placed.set(participantId, count);
                return count <= round.dots
                  ? [{ participantId, milestoneId: milestoneIds[m % milestoneIds.length]! }]
                  : [];
              })
            : [];
        const open = lastOpen && i === all.length - 1;
        return open ? { ...round, votes } : { ...round, votes, closedAt };
      }),
    );

export const arbBoard: fc.Arbitrary<Board> = fc
  .record({
    id: arbId,
    title: arbText(LIMITS.boardTitle, true),
    partner: fc.record({
      name: arbText(LIMITS.partnerName),
      kinds: fc.uniqueArray(fc.constantFrom(...PARTNERSHIP_KINDS)),
      notes: arbText(300),
    }),
    vision: arbText(500),
    whyUs: arbText(300),
    whyThem: arbText(300),
    agreedBy: arbText(LIMITS.agreedBy),
    agreedOn: fc.option(arbDay, { nil: undefined }),
    values: fc.uniqueArray(arbValue, { maxLength: 6, selector: (v) => v.id }),
    participants: fc.uniqueArray(arbParticipant, { maxLength: 4, selector: (p) => p.id }),
    horizons: fc.uniqueArray(arbHorizon, { minLength: 1, maxLength: 6, selector: (h) => h.id }),
    milestoneIds: fc.uniqueArray(arbId, { maxLength: 12 }),
    edited: fc.option(arbEdited, { nil: undefined }),
    deleted: fc.option(fc.dictionary(arbId, arbInstant, { minKeys: 1, maxKeys: 4 }), {
      nil: undefined,
    }),
    basedOn: fc.option(arbInstant, { nil: undefined }),
    createdAt: arbInstant,
    updatedAt: arbInstant,
  })
  .map(({ edited, deleted, basedOn, agreedOn, ...board }) => ({
    ...board,
    ...(agreedOn ? { agreedOn } : {}),
    ...(edited && Object.keys(edited).length ? { edited } : {}),
    ...(deleted ? { deleted } : {}),
    ...(basedOn ? { basedOn } : {}),
  }))
  .chain(({ milestoneIds, ...board }) =>
    fc
      .tuple(
        arbRounds(
          board.participants.map((p) => p.id),
          milestoneIds,
        ),
        ...milestoneIds.map((id) =>
          arbMilestone(
            id,
            board.horizons.map((h) => h.id),
          ),
        ),
      )
      .map(([rounds, ...milestones]) => ({
        ...board,
        rounds,
        milestones: Object.fromEntries(milestones.map((m) => [m.id, m])),
      })),
  )
  .chain((board) => {
    const ids = Object.keys(board.milestones);
    if (ids.length < 2) return fc.constant(board);
    return fc
      .uniqueArray(
        fc.record({
          id: arbId.map((id) => `l-${id}`.slice(0, 64)),
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          kind: fc.constantFrom(...LINK_KINDS),
          label: fc.option(arbText(LIMITS.linkLabel, true), { nil: undefined }),
          updatedAt: arbInstant,
        }),
        { maxLength: 8, selector: (l) => l.id },
      )
      .map((raw) => {
        const links = settleLinks(
          raw.map(({ label, ...l }) => (label ? { ...l, label } : l)),
          board.milestones,
        ).links;
        return links.length ? { ...board, links } : board;
      });
  });
