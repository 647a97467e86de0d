// node --test scripts/bench/ (vitest's projects cover src/ only)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INVALID, parseBenchArgs } from './args.mjs';

test('defaults: 100 and 1,000 milestones, 5 runs, build first', () => {
  assert.deepEqual(parseBenchArgs([]), {
    help: false,
    sizes: [100, 1000],
    runs: 5,
    noBuild: false,
    profile: false,
    pathwaysOnly: false,
    error: null,
  });
});

test('--sizes, --runs and --no-build, spaces after commas allowed', () => {
  const args = parseBenchArgs(['--sizes', '100, 1000,5000', '--runs', '7', '--no-build']);
  assert.deepEqual(args, {
    help: false,
    sizes: [100, 1000, 5000],
    runs: 7,
    noBuild: true,
    profile: false,
    pathwaysOnly: false,
    error: null,
  });
  assert.equal(parseBenchArgs(['--profile']).profile, true);
  assert.equal(parseBenchArgs(['--pathways-only']).pathwaysOnly, true);
  assert.deepEqual(parseBenchArgs(['--sizes=8', '--runs=1']).sizes, [8]);
});

test('--help wins over everything else', () => {
  assert.deepEqual(parseBenchArgs(['--sizes', 'x', '--help']), { help: true });
});

test('sizes under 8, fractions, words and runs of 0 are refused', () => {
  for (const args of [
    ['--sizes', '7'],
    ['--sizes', '100,abc'],
    ['--sizes', '10.5'],
    ['--runs', '0'],
    ['--runs', '1.5'],
  ]) {
    assert.equal(parseBenchArgs(args).error, INVALID, args.join(' '));
  }
});

test('an unknown option throws, as parseArgs does', () => {
  assert.throws(() => parseBenchArgs(['--size', '100']), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
});
