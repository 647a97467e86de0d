import { describe, expect, it } from 'vitest';
import { ALIGNMENTS, alignmentAnswer, alignmentQuestion } from './workshop-terms';

describe('values in the team’s words', () => {
  it('asks whether the other side shares a value', () => {
    expect(alignmentQuestion('ours', 'Customer first')).toBe(
      'How far do they share “Customer first”?',
    );
    expect(alignmentQuestion('theirs', 'Move fast')).toBe('How far do we share “Move fast”?');
  });

  it('answers for the other side, one answer per alignment', () => {
    expect(ALIGNMENTS.map((a) => alignmentAnswer('ours', a))).toEqual([
      'Not discussed yet',
      'They share it',
      'They partly share it',
      'They don’t share it',
    ]);
    expect(alignmentAnswer('theirs', 'not-shared')).toBe('We don’t share it');
  });
});
