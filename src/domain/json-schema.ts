import { z } from 'zod/mini';
import { boardFileSchema } from './schema';

/**
 * The JSON Schema of a board file, generated from the same zod schema the app validates
 * with, so the two cannot drift (json-schema.test.ts compares it with docs/board.schema.json).
 * Checks JSON Schema cannot say — ids must not be reserved names — are left to the app.
 */
export function boardJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(boardFileSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    title: 'Partner Horizons board file',
    description:
      'One partnership vision board: the partner, the vision, time horizons and the milestones placed on them. See docs/board-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
