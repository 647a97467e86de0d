import { describe, expect, it } from 'vitest';
import { boardBrief } from '../../domain/brief';
import { updateMilestone } from '../../domain/milestones';
import { makeBoard } from '../../testing/factories';
import { briefHtml } from './brief-html';

describe('briefHtml', () => {
  it('turns the brief into headings, bold and lists a mail editor pastes formatted', async () => {
    const board = updateMilestone(makeBoard({ 0: ['Swap leads'] }), 'swap-leads', {
      owner: 'Dana',
    });
    const html = await briefHtml(boardBrief(board, { date: new Date('2026-11-23T12:00:00Z') }));
    expect(html).toContain('<h1>Partner brief: Acme</h1>');
    expect(html).toContain('<h2>Milestones by horizon</h2>');
    expect(html).toMatch(/<ul>\s*<li><strong>Swap leads<\/strong> — [^<]*owner Dana/);
    expect(html).not.toContain('**');
    expect(html).not.toContain('##');
  });

  it('keeps what people wrote as text, never as markup', async () => {
    const board = updateMilestone(makeBoard({ 0: ['Swap leads'] }), 'swap-leads', {
      title: '<img src=x onerror=alert(1)> *loud* [link](javascript:alert(1))',
    });
    const html = await briefHtml(boardBrief(board));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; *loud* [link](javascript:alert(1))');
    expect(html).not.toMatch(/<img|<em>loud|<a /);
  });

  it('makes the web links in notes links', async () => {
    const board = updateMilestone(makeBoard({ 0: ['Swap leads'] }), 'swap-leads', {
      notes: 'Shared plan: https://acme.example/plan and javascript:alert(1)',
    });
    const html = await briefHtml(boardBrief(board));
    expect(html).toContain('<a href="https://acme.example/plan">https://acme.example/plan</a>');
    expect(html).not.toContain('href="javascript');
  });
});
