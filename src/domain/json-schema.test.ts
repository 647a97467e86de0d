import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardJsonSchema } from './json-schema';

const FILE = resolve(__dirname, '../../docs/board.schema.json');
const generated = `${JSON.stringify(boardJsonSchema(), null, 2)}\n`;

describe('docs/board.schema.json', () => {
  it('is the schema generated from the zod schema (npm run schema rewrites it)', () => {
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('describes the fields other tools need', () => {
    const schema = boardJsonSchema() as {
      required: string[];
      properties: { type: { const: string }; board: { properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'version', 'board']));
    expect(schema.properties.type.const).toBe('partner-horizons/board');
    expect(Object.keys(schema.properties.board.properties)).toEqual(
      expect.arrayContaining(['partner', 'vision', 'horizons', 'milestones']),
    );
  });
});
