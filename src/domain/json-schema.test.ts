import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_NAMES, backupJsonSchema, boardJsonSchema } from './json-schema';
import { idSchema } from './schema';
import { extensionProblem } from './extensions';

const published = [
  ['docs/board.schema.json', boardJsonSchema],
  ['docs/backup.schema.json', backupJsonSchema],
] as const;

describe.each(published)('%s', (path, generate) => {
  const file = resolve(__dirname, '../..', path);
  const generated = `${JSON.stringify(generate(), null, 2)}\n`;

  it('is the schema generated from the zod schema (npm run schema rewrites it)', () => {
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});

describe('the published schemas', () => {
  it('describe the fields other tools need', () => {
    const schema = boardJsonSchema() as {
      required: string[];
      properties: { type: { const: string }; board: { properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'version', 'board']));
    expect(schema.properties.type.const).toBe('partner-horizons/board');
    expect(Object.keys(schema.properties.board.properties)).toEqual(
      expect.arrayContaining(['partner', 'vision', 'horizons', 'milestones', 'extensions']),
    );
    const backup = backupJsonSchema() as { properties: { type: { const: string } } };
    expect(backup.properties.type.const).toBe('partner-horizons/backup');
  });

  it('refuse exactly the names the app refuses as ids and extension keys', () => {
    for (const name of RESERVED_NAMES) {
      expect(idSchema.safeParse(name).success).toBe(false);
      expect(extensionProblem(JSON.parse(`{"${name}": 1}`))).toMatch(/reserved/);
    }
    expect(idSchema.safeParse('valueOf2').success).toBe(true);
  });
});
