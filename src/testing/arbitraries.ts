import fc from 'fast-check';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PARTNERSHIP_KINDS } from '../domain/ladder';
import { LIMITS, type Board, type Horizon, type Milestone } from '../domain/schema';

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

const arbHorizon: fc.Arbitrary<Horizon> = fc.record({
  id: arbId,
  title: arbText(LIMITS.horizonTitle, true),
  timeframe: arbText(LIMITS.timeframe),
});

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
      createdAt: arbInstant,
      updatedAt: arbInstant,
    },
    {
      requiredKeys: [
        'id',
        'horizonId',
        'position',
        'title',
        'type',
        'notes',
        'owner',
        'confidence',
        'impact',
        'status',
        'tags',
        'createdAt',
        'updatedAt',
      ],
    },
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
    horizons: fc.uniqueArray(arbHorizon, { minLength: 1, maxLength: 6, selector: (h) => h.id }),
    milestoneIds: fc.uniqueArray(arbId, { maxLength: 12 }),
    deleted: fc.option(fc.dictionary(arbId, arbInstant, { minKeys: 1, maxKeys: 4 }), {
      nil: undefined,
    }),
    basedOn: fc.option(arbInstant, { nil: undefined }),
    createdAt: arbInstant,
    updatedAt: arbInstant,
  })
  .map(({ deleted, basedOn, ...board }) => ({
    ...board,
    ...(deleted ? { deleted } : {}),
    ...(basedOn ? { basedOn } : {}),
  }))
  .chain(({ milestoneIds, ...board }) =>
    fc
      .tuple(
        ...milestoneIds.map((id) =>
          arbMilestone(
            id,
            board.horizons.map((h) => h.id),
          ),
        ),
      )
      .map((milestones) => ({
        ...board,
        milestones: Object.fromEntries(milestones.map((m) => [m.id, m])),
      })),
  );
