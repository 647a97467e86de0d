import { describe, expect, it } from 'vitest';
import { boardPictures, type Picture } from '../../domain/board-picture';
import { addLink } from '../../domain/pathways';
import { T1, makeBoard } from '../../testing/factories';
import { escapeXml, pictureSvg } from './picture-svg';

const measure = (text: string, size: number) => text.length * size * 0.6;

const picture: Picture = {
  width: 400,
  height: 200,
  items: [
    {
      kind: 'rect',
      x: 10,
      y: 10,
      width: 100,
      height: 50,
      fill: '#FFFFFF',
      stroke: '#D5D9E0',
      radius: 8,
    },
    {
      kind: 'text',
      x: 20,
      y: 30,
      text: 'R&D <beta> "Tom\'s"',
      size: 20,
      bold: true,
      color: '#1B2030',
    },
    { kind: 'text', x: 20, y: 54, text: 'Second line', size: 20, bold: false, color: '#4F586B' },
  ],
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('pictureSvg', () => {
  it('writes shapes and one <text> per line, escaped, as well-formed XML', () => {
    const svg = pictureSvg(picture);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('width')).toBe('400');
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 400 200');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(['R&D <beta> "Tom\'s"', 'Second line']);
    expect(svg).toContain('R&amp;D &lt;beta&gt; &quot;Tom&apos;s&quot;');
    expect(svg).not.toMatch(/foreignObject/i);
  });

  it('paints white behind the picture unless asked for none', () => {
    expect(pictureSvg(picture, 'white')).toContain(
      '<rect width="100%" height="100%" fill="#FFFFFF"/>',
    );
    expect(pictureSvg(picture, 'transparent')).not.toContain('height="100%"');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\uFFFEd')).toBe('abcd');
    expect(escapeXml('emoji 🤝 stays')).toBe('emoji 🤝 stays');
  });

  it('writes a whole board a slide tool can read: text, no HTML inside', () => {
    const [board] = boardPictures(makeBoard({ 0: ['Swap <leads> & more'] }), {
      shape: 'slide',
      measure,
      internal: false,
    });
    const svg = pictureSvg(board!);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain(
      'Swap <leads> & more',
    );
    expect(svg).not.toMatch(/foreignObject|<div|<img/);
  });

  it('draws pathways before the cards they join: "depends on" dashed with an open head', () => {
    let board = makeBoard({ 0: ['Swap leads'], 1: ['Joint webinar'], 2: ['Joint product'] });
    board = addLink(board, { from: 'swap-leads', to: 'joint-webinar', kind: 'leads-to' }, 'a', T1);
    board = addLink(
      board,
      { from: 'joint-product', to: 'joint-webinar', kind: 'depends-on' },
      'b',
      T1,
    );
    const [slide] = boardPictures(board, { shape: 'slide', measure, internal: false });
    const doc = parse(pictureSvg(slide!));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const shapes = [...doc.querySelectorAll('path, polygon, rect')];
    const firstCard = shapes.findIndex((s) => s.matches('rect[rx="8"][stroke]'));
    const [leads, depends] = [...doc.getElementsByTagName('path')];
    const [leadsHead, dependsHead] = [...doc.getElementsByTagName('polygon')];
    for (const s of [leads, depends, leadsHead, dependsHead])
      expect(shapes.indexOf(s!)).toBeLessThan(firstCard);

    expect(leads!.getAttribute('d')).toMatch(/^M[\d. ]+C[\d. ]+$/);
    expect(leads!.getAttribute('stroke')).toBe('#0B6E8A');
    expect(leads!.getAttribute('fill')).toBe('none');
    expect(leads!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(leadsHead!.getAttribute('fill')).toBe('#0B6E8A');
    expect(depends!.getAttribute('stroke')).toBe('#8A4B00');
    expect(depends!.getAttribute('stroke-dasharray')).toBe('6 5');
    expect(dependsHead!.getAttribute('fill')).toBe('#FFFFFF');
    expect(dependsHead!.getAttribute('stroke')).toBe('#8A4B00');
  });
});
