import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  choicesSet,
  filterToParams,
  firstMatch,
  isFiltering,
  matchesFilter,
  parseFilter,
} from './filter';
import { makeBoard, makeMilestone } from '../testing/factories';

const m = makeMilestone({
  title: 'Native integration',
  type: 'integration',
  status: 'exploring',
  owner: 'Priya',
  tags: ['EMEA', 'pipeline'],
  confidence: 60,
  notes: 'Needs an API partnership agreement',
});

describe('milestone filter', () => {
  it('reads from and writes to the address, keeping only what is set', () => {
    const filter = parseFilter(
      new URLSearchParams(
        'q=api&type=integration&status=exploring&owner=Priya&tag=emea&min=50&max=80&show=matching',
      ),
    );
    expect(filter).toEqual({
      text: 'api',
      type: 'integration',
      status: 'exploring',
      owner: 'Priya',
      tag: 'emea',
      minConfidence: 50,
      maxConfidence: 80,
      hide: true,
    });
    expect(filterToParams(filter).toString()).toBe(
      'q=api&type=integration&status=exploring&owner=Priya&tag=emea&min=50&max=80&show=matching',
    );
    expect(filterToParams(NO_FILTER).toString()).toBe('');
  });

  it('ignores values it does not know and puts a reversed range right', () => {
    expect(parseFilter(new URLSearchParams('type=merger&status=maybe&min=90&max=20'))).toEqual({
      ...NO_FILTER,
      minConfidence: 20,
      maxConfidence: 90,
    });
    expect(parseFilter(new URLSearchParams('min=abc&max=500'))).toEqual(NO_FILTER);
  });

  it('knows when it filters anything', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, hide: true })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, tag: 'x' })).toBe(true);
  });

  it('counts the choices set besides the words, a confidence range as one', () => {
    expect(choicesSet(NO_FILTER)).toBe(0);
    expect(choicesSet({ ...NO_FILTER, text: 'api' })).toBe(0);
    expect(choicesSet({ ...NO_FILTER, type: 'leads', owner: 'Priya', hide: true })).toBe(3);
    expect(choicesSet({ ...NO_FILTER, minConfidence: 20, maxConfidence: 80 })).toBe(1);
    expect(choicesSet({ ...NO_FILTER, status: 'idea', tag: 'emea', maxConfidence: 90 })).toBe(3);
  });

  it('matches on every field it is given, case-insensitively', () => {
    expect(matchesFilter(m, NO_FILTER)).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, text: 'API native' })).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, text: 'acquisition' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, type: 'integration', status: 'exploring' })).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, type: 'leads' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, status: 'committed' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, owner: 'priya', tag: 'emea' })).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, owner: 'Dana' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, tag: 'apac' })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, minConfidence: 60, maxConfidence: 60 })).toBe(true);
    expect(matchesFilter(m, { ...NO_FILTER, minConfidence: 61 })).toBe(false);
    expect(matchesFilter(m, { ...NO_FILTER, maxConfidence: 59 })).toBe(false);
  });

  it('finds the first card the filter picks out, in the order given', () => {
    const board = makeBoard({ 0: ['Swap leads', 'Joint webinar'], 1: ['Webinar series'] });
    const ids = ['swap-leads', 'joint-webinar', 'webinar-series'];
    expect(firstMatch(board, ids, { ...NO_FILTER, text: 'webinar' })).toBe('joint-webinar');
    expect(firstMatch(board, [...ids].reverse(), { ...NO_FILTER, text: 'webinar' })).toBe(
      'webinar-series',
    );
    expect(firstMatch(board, ids, { ...NO_FILTER, text: 'acquisition' })).toBeUndefined();
    // With nothing filtered every card matches, and none needs bringing into sight.
    expect(firstMatch(board, ids, NO_FILTER)).toBeUndefined();
    expect(firstMatch(board, ['gone', ...ids], { ...NO_FILTER, text: 'swap' })).toBe('swap-leads');
  });

  it('finds the milestones whose type or confidence is not set', () => {
    const { type: _type, confidence: _confidence, ...rest } = m;
    const unset = { ...rest, title: 'Quick idea' };
    const filter = parseFilter(new URLSearchParams('type=unset'));
    expect(filter.type).toBe('unset');
    expect(filterToParams(filter).toString()).toBe('type=unset');
    expect(matchesFilter(unset, filter)).toBe(true);
    expect(matchesFilter(m, filter)).toBe(false);
    // A confidence nobody gave is in the full range only: not guessed into a narrower one.
    expect(matchesFilter(unset, NO_FILTER)).toBe(true);
    expect(matchesFilter(unset, { ...NO_FILTER, minConfidence: 0, maxConfidence: 50 })).toBe(false);
    expect(matchesFilter(unset, { ...NO_FILTER, minConfidence: 10 })).toBe(false);
  });
});
