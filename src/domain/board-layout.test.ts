import { describe, expect, it } from 'vitest';
import { layoutToParams, parseLayout } from './board-layout';

describe('the board layout in the address', () => {
  it('keeps the view and grouping in the address beside other parameters', () => {
    expect(parseLayout(new URLSearchParams('view=ladder&group=owner'))).toEqual({
      view: 'ladder',
      group: 'owner',
    });
    expect(parseLayout(new URLSearchParams('view=odd&group=__proto__'))).toEqual({
      view: 'horizons',
      group: 'type',
    });
    const params = layoutToParams({ view: 'ladder', group: 'status' }, new URLSearchParams('q=x'));
    expect(params.toString()).toBe('q=x&view=ladder&group=status');
    expect(layoutToParams({ view: 'horizons', group: 'type' }).toString()).toBe('');
  });
});
