import { describe, expect, it } from 'vitest';
import {
  BOARD_DOCUMENT_TYPE,
  BOARD_SCHEMA_VERSION,
  boardDocumentSchema,
  idSchema,
  milestoneSchema,
} from './schema';
import { makeBoard, makeMilestone } from '../testing/factories';

describe('schema', () => {
  it('accepts ids the app makes and refuses reserved names and odd characters', () => {
    expect(idSchema.safeParse('V1StGXR8_Z5j').success).toBe(true);
    for (const bad of [
      '',
      '__proto__',
      'constructor',
      'toString',
      'has space',
      'a/b',
      'x'.repeat(65),
    ]) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('tags the stored document with its type and version', () => {
    const doc = {
      type: BOARD_DOCUMENT_TYPE,
      version: BOARD_SCHEMA_VERSION,
      board: makeBoard({ 0: ['A'] }),
    };
    expect(boardDocumentSchema.safeParse(doc).success).toBe(true);
    expect(
      boardDocumentSchema.safeParse({ ...doc, version: BOARD_SCHEMA_VERSION + 1 }).success,
    ).toBe(false);
    expect(boardDocumentSchema.safeParse({ ...doc, type: 'other' }).success).toBe(false);
  });

  it('checks each milestone field', () => {
    expect(milestoneSchema.safeParse(makeMilestone()).success).toBe(true);
    for (const patch of [
      { confidence: 101 },
      { confidence: 1.5 },
      { impact: 0 },
      { status: 'maybe' },
      { type: 'merger' },
      { targetDate: '2027-13-01' },
      { createdAt: 'yesterday' },
      { tags: ['x'.repeat(41)] },
      { title: '' },
    ]) {
      expect(
        milestoneSchema.safeParse(makeMilestone(patch as never)).success,
        JSON.stringify(patch),
      ).toBe(false);
    }
  });
});
