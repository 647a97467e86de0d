import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect(plural(1, 'milestone')).toBe('1 milestone');
    expect(plural(0, 'milestone')).toBe('0 milestones');
    expect(plural(2, 'dot')).toBe('2 dots');
  });

  it('takes the plural it is given for nouns that do not just add an "s"', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(5, 'person', 'people')).toBe('5 people');
  });

  it('keeps the thousands of a big count apart', () => {
    expect(plural(1200, 'milestone')).toBe('1,200 milestones');
  });
});
