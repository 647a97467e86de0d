import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLinks, safeHref } from './links';

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['HTTPS://Example.COM', 'https://example.com/'],
    ['  http://example.com  ', 'http://example.com/'],
    ['mailto:ana@example.com', 'mailto:ana@example.com'],
  ])('lets %j through as %j', (raw, href) => {
    expect(safeHref(raw)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    '/relative/path',
    'http://',
    '',
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  it('never lets a non-web scheme through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const href = safeHref(text);
        expect(href === null || /^(https?:\/\/|mailto:)/.test(href)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findLinks', () => {
  it('finds web and mail links in notes, trims punctuation, skips the rest', () => {
    expect(
      findLinks(
        'See https://acme.example/deck, www.acme.example and mailto:ana@acme.example. Not javascript:alert(1) or data:x.',
      ),
    ).toEqual([
      { text: 'https://acme.example/deck', href: 'https://acme.example/deck' },
      { text: 'www.acme.example', href: 'https://www.acme.example/' },
      { text: 'mailto:ana@acme.example', href: 'mailto:ana@acme.example' },
    ]);
    expect(findLinks('no links here')).toEqual([]);
    expect(findLinks('https://a.example https://a.example')).toHaveLength(1);
  });
});
