import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from './milestones';
import {
  parseTags,
  toMilestoneForm,
  validateMilestoneForm,
  type MilestoneForm,
} from './milestone-form';

const form = (patch: Partial<MilestoneForm> = {}): MilestoneForm => ({
  ...toMilestoneForm({ ...EMPTY_DRAFT, title: 'Swap leads' }, 'h1'),
  ...patch,
});

describe('milestone form', () => {
  it('turns valid fields into a draft', () => {
    const result = validateMilestoneForm(
      form({
        title: '  Swap leads  ',
        type: 'leads',
        owner: ' Dana ',
        confidence: '70',
        impact: '4',
        status: 'committed',
        tags: 'emea, , pipeline',
        targetDate: '2027-03-31',
        horizonId: 'h2',
      }),
      ['h1', 'h2'],
    );
    expect(result).toEqual({
      ok: true,
      horizonId: 'h2',
      draft: {
        title: 'Swap leads',
        type: 'leads',
        customType: undefined,
        notes: '',
        owner: 'Dana',
        confidence: 70,
        impact: 4,
        status: 'committed',
        tags: ['emea', 'pipeline'],
        targetDate: '2027-03-31',
      },
    });
  });

  it('round-trips a draft through the form', () => {
    const draft = { ...EMPTY_DRAFT, title: 'X', tags: ['a', 'b'], targetDate: '2027-01-01' };
    const result = validateMilestoneForm(toMilestoneForm(draft, 'h1'), ['h1']);
    expect(result.ok && result.draft).toMatchObject({
      title: 'X',
      tags: ['a', 'b'],
      targetDate: '2027-01-01',
    });
  });

  it.each<[string, Partial<MilestoneForm>, keyof MilestoneForm, RegExp]>([
    ['an empty title', { title: '   ' }, 'title', /Give the milestone a title/],
    ['a title too long', { title: 'x'.repeat(201) }, 'title', /under 200/],
    ['an unknown type', { type: 'merger' }, 'type', /Choose a type, or leave it not set/],
    [
      'a custom type too long',
      { type: 'custom', customType: 'x'.repeat(41) },
      'customType',
      /under 40/,
    ],
    ['a horizon not on the board', { horizonId: 'gone' }, 'horizonId', /Choose a horizon/],
    ['an owner too long', { owner: 'x'.repeat(81) }, 'owner', /under 80/],
    ['notes too long', { notes: 'x'.repeat(5001) }, 'notes', /under 5000/],
    ['confidence over 100', { confidence: '150' }, 'confidence', /0 to 100/],
    ['confidence not whole', { confidence: '12.5' }, 'confidence', /whole number/],
    ['impact out of range', { impact: '9' }, 'impact', /1 to 5/],
    ['an unknown status', { status: 'maybe' }, 'status', /Choose a status/],
    [
      'too many tags',
      { tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') },
      'tags',
      /at most 20/,
    ],
    ['a tag too long', { tags: 'x'.repeat(41) }, 'tags', /under 40/],
    ['an impossible date', { targetDate: '2027-02-30' }, 'targetDate', /real date/],
    ['a date in another format', { targetDate: '31/03/2027' }, 'targetDate', /real date/],
  ])('refuses %s with a message on that field', (_name, patch, field, message) => {
    const result = validateMilestoneForm(form(patch), ['h1']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[field]).toMatch(message);
      expect(Object.keys(result.errors)).toEqual([field]);
    }
  });

  it('leaves a type and a confidence left empty not set', () => {
    const result = validateMilestoneForm(form({ type: '', confidence: '  ' }), ['h1']);
    expect(result.ok && result.draft).toMatchObject({ type: undefined, confidence: undefined });
    expect(toMilestoneForm({ ...EMPTY_DRAFT, title: 'New' }, 'h1')).toMatchObject({
      type: '',
      confidence: '',
    });
  });

  it('leaves an unnamed custom type as plain "other"', () => {
    const result = validateMilestoneForm(form({ type: 'custom', customType: '  ' }), ['h1']);
    expect(result.ok && result.draft).toMatchObject({ type: 'custom', customType: undefined });
  });

  it('splits tags on commas and drops empty ones', () => {
    expect(parseTags(' a, b ,, c ')).toEqual(['a', 'b', 'c']);
    expect(parseTags('')).toEqual([]);
  });
});
