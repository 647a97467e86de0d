import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_KINDS, PARTNERSHIP_KIND_LABELS, partnershipKindLabels } from './ladder';

describe('partnership kinds', () => {
  it('name every kind in words, each differently', () => {
    const labels = PARTNERSHIP_KINDS.map((kind) => PARTNERSHIP_KIND_LABELS[kind]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(PARTNERSHIP_KINDS.length);
  });

  it('read in the order of the list, whatever order they were ticked in', () => {
    expect(partnershipKindLabels(['strategic', 'referral', 'integration'])).toEqual([
      'Referral',
      'Integration / ISV',
      'Strategic',
    ]);
    expect(partnershipKindLabels([])).toEqual([]);
  });
});
