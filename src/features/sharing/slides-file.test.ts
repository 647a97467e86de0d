import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { boardFor } from '../../domain/audience';
import { deckOf } from '../../domain/deck';
import { slidesFile } from './slides-file';
import { fullExampleBoard } from '../../testing/example-boards';

const full = fullExampleBoard;

/** Every file in the .pptx, by path, as text. */
async function unpack(blob: Blob): Promise<Map<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return new Map(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

describe('slidesFile', () => {
  it('writes one slide per slide of the deck, all of it text, none of it pictures', async () => {
    const deck = deckOf(full());
    const blob = await slidesFile(deck, { internal: true });
    if (process.env.SLIDES_OUT)
      writeFileSync(process.env.SLIDES_OUT, new Uint8Array(await blob.arrayBuffer()));
    const files = await unpack(blob);
    const slides = [...files.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(deck.length);
    expect([...files.keys()].filter((p) => p.startsWith('ppt/media/') && !p.endsWith('/'))).toEqual(
      [],
    );
    const text = [...files.values()].join('\n');
    const title = deck[0]?.kind === 'title' ? deck[0].partner : 'no title slide';
    expect(text).toContain(`<a:t>${title}</a:t>`);
    // The example keeps a snapshot: the deck says what changed since, with the reason.
    expect(deck[1]?.kind).toBe('changes');
    expect(text).toContain('<a:t>What changed</a:t>');
    expect(text).toContain('Their sales team asked to start before the new year.');
    expect(files.get('ppt/presentation.xml')).toContain('cx="12192000" cy="6858000"');
  });

  it('for the partner holds no internal milestone anywhere in the file', async () => {
    const board = full();
    const internal = Object.values(board.milestones).filter((m) => m.internal);
    const files = await unpack(
      await slidesFile(deckOf(boardFor(board, 'partner')), { internal: false }),
    );
    const text = [...files.values()].join('\n');
    for (const m of internal) {
      expect(text).not.toContain(m.title);
      expect(text).not.toContain(m.id);
    }
    expect(text).not.toContain('Internal');
  });
});
