// Command-line arguments of the bench: `--sizes 100,1000 --runs 5 --no-build --help`, and
// `--pathways-only` for the pathways table alone (scripts/bench/pathways.mjs).
import { parseArgs } from 'node:util';

export const USAGE =
  'Usage: node scripts/bench.mjs [--sizes 100,1000,5000] [--runs 5] [--no-build] [--profile] [--pathways-only]';
export const INVALID = '--sizes takes whole numbers of at least 8; --runs a whole number above 0.';

/**
 * Reads the arguments (process.argv by default). Unknown options throw, as parseArgs does.
 * Returns { help } when --help is given, else { sizes, runs, noBuild, profile, pathwaysOnly, error }, where `error`
 * is the message to show when the sizes or runs are not acceptable.
 */
export function parseBenchArgs(args = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '100,1000' },
      runs: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'pathways-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  // At least two cards per horizon: the drags pick up the first card of the first horizon.
  const valid =
    sizes.every((n) => Number.isInteger(n) && n >= 8) && Number.isInteger(runs) && runs > 0;
  return {
    help: false,
    sizes,
    runs,
    noBuild: values['no-build'],
    profile: values.profile,
    pathwaysOnly: values['pathways-only'],
    error: valid ? null : INVALID,
  };
}
