import { describe, expect, it } from 'vitest';
import { PATH_COLORS } from '../../domain/palette';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(__dirname, 'path-arrows.css'), 'utf8');

describe('the arrows’ colours', () => {
  it('are those the pictures and the deck draw with, in the light theme', () => {
    const light = (name: string) =>
      new RegExp(`--${name}:\\s*light-dark\\(#([0-9a-f]{6})`, 'i').exec(css)?.[1]?.toUpperCase();
    expect(light('path-leads')).toBe(PATH_COLORS['leads-to']);
    expect(light('path-depends')).toBe(PATH_COLORS['depends-on']);
  });
});
