import { describe, expect, it } from 'vitest';
import { boardBrief, escapeMarkdown } from './brief';
import { updateMilestone } from './milestones';
import { createBoard, setVision, updatePartner, updateVision } from './boards';
import { addValue, updateValue } from './values';
import { addParticipant, castVote, startRound } from './voting';
import { applied, makeBoard } from '../testing/factories';
import type { Board, Milestone } from './schema';

function edit(board: Board, changes: Record<string, Partial<Milestone>>): Board {
  return Object.entries(changes).reduce((b, [id, patch]) => updateMilestone(b, id, patch), board);
}

describe('boardBrief', () => {
  it('lays out the partner, the vision and every horizon in order', () => {
    let board = makeBoard({ 0: ['Swap leads', 'Webinar'], 2: ['New product'] }, { title: 'Acme' });
    board = updatePartner(board, { kinds: ['integration', 'referral'] });
    board = setVision(board, 'The obvious pair for shared customers.');
    board = updateMilestone(board, 'swap-leads', {
      type: 'leads',
      owner: 'Dana',
      confidence: 80,
      status: 'committed',
      targetDate: '2027-03-31',
    });
    // The target date in the reader's format, which the app passes in.
    const formatDay = (day: string) => (day === '2027-03-31' ? '31 March 2027' : day);
    const brief = boardBrief(board, { date: new Date('2026-11-23T12:00:00Z'), formatDay });
    expect(brief).toBe(
      [
        '# Partner brief: Acme',
        '',
        'As of 2026-11-23.',
        '',
        '- **Vision:** The obvious pair for shared customers.',
        '- **Next step:** Swap leads (Now) — owner Dana · target 31 March 2027',
        '- **Open decision:** Webinar (Now, no votes yet)',
        '',
        '**Partnership:** Referral, Integration / ISV',
        '',
        '## Vision',
        '',
        'The obvious pair for shared customers.',
        '',
        '## Milestones by horizon',
        '',
        '### Now (0–6 months)',
        '',
        '- **Swap leads** — Leads & referrals · owner Dana · 80 % confident · Committed · target 31 March 2027',
        '- **Webinar** — type not set · confidence not set · Idea',
        '',
        '### Next (6–18 months)',
        '',
        '_Nothing here yet._',
        '',
        '### Later (18 months–3 years)',
        '',
        '- **New product** — type not set · confidence not set · Idea',
        '',
        '### Long term (3–5+ years)',
        '',
        '_Nothing here yet._',
        '',
        '## Next steps',
        '',
        '- **Swap leads** (Now) — owner Dana · target 31 March 2027',
        '',
        '## Asks',
        '',
        '- Decide together on **Webinar** (Now, no votes yet, owner not set)',
        '',
        '_3 milestones across 4 horizons. Made with Partner Horizons._',
        '',
      ].join('\n'),
    );
  });

  it('adds why it matters, the agreement, values, the latest vote and the side areas', () => {
    let board = makeBoard({ 0: ['Swap leads', 'Webinar'], 1: ['Old idea'] });
    board = updateVision(board, {
      whyUs: 'Reach',
      whyThem: 'Data',
      agreedBy: 'Ana',
      agreedOn: '2026-11-20',
    });
    board = applied(addValue(board, 'ours', 'Customer first', { id: 'v1' }));
    board = updateValue(board, 'v1', { alignment: 'shared' });
    board = applied(addValue(board, 'theirs', 'Move fast', { id: 'v2' }));
    board = updateMilestone(board, 'old-idea', { status: 'dropped' });
    const joined = addParticipant(board, 'Ana', { id: 'ana' });
    if (!joined.ok) throw new Error(joined.reason);
    const started = startRound(joined.board, {});
    if (!started.ok) throw new Error(started.reason);
    const voted = castVote(started.board, 'ana', 'webinar');
    if (!voted.ok) throw new Error(voted.reason);
    const brief = boardBrief(voted.board);
    expect(brief).toContain(
      [
        '**Why it matters to us:** Reach',
        '',
        '**Why it matters to them:** Data',
        '',
        '_Agreed by Ana on 2026-11-20._',
        '',
        '## Values',
        '',
        '1 shared, 0 differing.',
        '',
        '- Ours: **Customer first** — they share it',
        '- Theirs: **Move fast** — not discussed yet',
        '',
        '## Vote: Round 1',
        '',
        '- **1 dot** — Webinar',
      ].join('\n'),
    );
    expect(brief).toContain(
      '## Parked / not doing\n\n- **Old idea** — type not set · confidence not set · Parked',
    );
    expect(brief).not.toContain('## Achieved');
  });

  it('writes every day in the format it is given', () => {
    let board = makeBoard({ 0: ['Swap leads'] });
    board = updateMilestone(board, 'swap-leads', { targetDate: '2027-03-31' });
    board = updateVision(board, { agreedBy: 'Ana', agreedOn: '2026-11-20' });
    const brief = boardBrief(board, {
      date: new Date(2026, 10, 23, 9),
      formatDay: (day) => `‹${day}›`,
    });
    expect(brief).toContain('As of ‹2026-11-23›.');
    expect(brief).toContain('_Agreed by Ana on ‹2026-11-20›._');
    expect(brief).toContain('target ‹2027-03-31›');
  });

  it('marks the starter template’s examples as examples', () => {
    const board = createBoard(
      { title: 'Acme', template: 'starter' },
      { now: '2026-11-23T10:00:00.000Z' },
    );
    expect(boardBrief(board)).toContain(
      '- **Swap first qualified referrals** — example · Leads & referrals · owner Partner manager · 80 % confident · Committed · target 2027-02-28',
    );
  });

  it('says when there is no vision yet', () => {
    expect(boardBrief(makeBoard())).toContain('_No vision written yet._');
  });

  it('keeps user text as text', () => {
    expect(escapeMarkdown('**bold** [link](javascript:alert(1)) <img> 3–5+ years #1')).toBe(
      '\\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) \\<img\\> 3–5+ years #1',
    );
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('1. first\n- item\n+ more')).toBe('1\\. first\n\\- item\n\\+ more');
  });

  it('names the board apart from the partner only when its name says more', () => {
    const date = new Date('2026-11-23T12:00:00Z');
    const same = boardBrief(makeBoard({ 0: ['Swap leads'] }), { date });
    expect(same).toContain('# Partner brief: Acme\n\nAs of 2026-11-23.\n');
    const named = updatePartner(makeBoard({ 0: ['Swap leads'] }, { title: 'Acme 2027 plan' }), {
      name: 'Acme',
    });
    expect(boardBrief(named, { date })).toContain(
      '# Partner brief: Acme\n\nBoard “Acme 2027 plan”, as of 2026-11-23.\n',
    );
  });

  it('never calls a milestone "Other / custom": a custom type is named or left unsaid', () => {
    let board = makeBoard({ 0: ['Joint venture', 'Spin-off'] });
    board = updateMilestone(board, 'joint-venture', { type: 'custom' });
    board = updateMilestone(board, 'spin-off', { type: 'custom', customType: 'Spin-off' });
    const brief = boardBrief(board);
    expect(brief).not.toContain('Other / custom');
    expect(brief).toContain('- **Joint venture** — confidence not set');
    expect(brief).toContain('- **Spin-off** — Spin-off ·');
  });

  it('gives each milestone its notes, line by line, beneath it', () => {
    const board = updateMilestone(makeBoard({ 0: ['Swap leads'] }), 'swap-leads', {
      notes: 'Agree what a qualified lead is.\n\n- See https://acme.example/leads',
    });
    expect(boardBrief(board)).toContain(
      [
        '- **Swap leads** — type not set · confidence not set · Idea',
        '  - Agree what a qualified lead is.',
        '  - \\- See https://acme.example/leads',
      ].join('\n'),
    );
  });
});

describe('boardBrief: summary, next steps and asks', () => {
  const date = new Date('2026-11-23T12:00:00Z');

  /** A board with a vision, committed steps (one undated), explorations and a shown vote. */
  function workshopBoard(): Board {
    let board = makeBoard({
      0: ['Swap leads', 'Webinar', 'Shared deck'],
      1: ['Connector', 'Joint offer', 'Price list'],
      2: ['New product'],
    });
    board = setVision(board, 'The obvious pair\nfor shared customers.');
    board = edit(board, {
      'swap-leads': { status: 'committed', owner: 'Dana' },
      'shared-deck': { status: 'committed', owner: 'Sam', targetDate: '2027-06-30' },
      connector: { status: 'committed', targetDate: '2027-03-31' },
      webinar: { status: 'exploring', owner: 'Lee' },
      'joint-offer': { status: 'exploring', confidence: 60 },
      'new-product': { status: 'idea' },
    });
    board = applied(addParticipant(board, 'Ana', { id: 'ana' }));
    board = applied(startRound(board, { dots: 3 }));
    for (const id of ['joint-offer', 'joint-offer', 'new-product'])
      board = applied(castVote(board, 'ana', id));
    return board;
  }

  it('opens with the vision, the next committed step and the biggest open decision', () => {
    const brief = boardBrief(workshopBoard(), { date });
    expect(brief).toContain(
      [
        'As of 2026-11-23.',
        '',
        '- **Vision:** The obvious pair for shared customers.',
        '- **Next step:** Connector (Next) — owner not set · target 2027-03-31',
        '- **Open decision:** Joint offer (Next, 2 dots)',
        '',
        '## Vision',
      ].join('\n'),
    );
  });

  it('ends with every committed step, dated ones first, then the asks, then the count', () => {
    const brief = boardBrief(workshopBoard(), { date, formatDay: (day) => `‹${day}›` });
    expect(brief).toContain(
      [
        '## Next steps',
        '',
        '- **Connector** (Next) — owner not set · target ‹2027-03-31›',
        '- **Shared deck** (Now) — owner Sam · target ‹2027-06-30›',
        '- **Swap leads** (Now) — owner Dana · no date yet',
        '',
        '## Asks',
        '',
        '- Decide together on **Joint offer** (Next, 2 dots, owner not set)',
        '- Decide together on **Webinar** (Now, no dots, owner Lee)',
        '- Decide together on **Price list** (Next, no dots, owner not set)',
        '',
        '_7 milestones across 4 horizons. Made with Partner Horizons._',
        '',
      ].join('\n'),
    );
    // "New product" has a dot but sits in Later: it is for the summary, not for the asks.
    expect(brief).not.toMatch(/Decide together on \*\*New product/);
  });

  it('says plainly when nothing is written, committed or open yet, and what to do', () => {
    const brief = boardBrief(makeBoard(), { date });
    expect(brief).toContain(
      [
        'As of 2026-11-23.',
        '',
        '- **Vision:** not written yet — agree one in the next workshop.',
        '- **Next step:** nothing committed yet — commit to a first step, with an owner and a date.',
        '- **Open decision:** none — no idea on the horizons is waiting for a decision.',
        '',
      ].join('\n'),
    );
    expect(brief).toContain(
      '## Next steps\n\n_Nothing is committed yet: commit to a first step, with an owner and a date._\n\n_0 milestones',
    );
    expect(brief).not.toContain('## Asks');
  });

  it('keeps what people wrote as text in the summary, the next steps and the asks', () => {
    let board = makeBoard({ 0: ['Step', 'Choice'], 1: ['Later'] });
    board = setVision(board, '# We *win* <b>together</b>');
    board = edit(board, {
      step: { title: '[Sign](javascript:x) *now*', status: 'committed', owner: '<i>Dana</i>' },
      choice: { title: '- _pick_ one', owner: '**Lee**' },
    });
    board = {
      ...board,
      horizons: board.horizons.map((h, i) => (i ? h : { ...h, title: 'Now | *soon*' })),
    };
    const brief = boardBrief(board);
    expect(brief).toContain('- **Vision:** \\# We \\*win\\* \\<b\\>together\\</b\\>\n');
    expect(brief).toContain(
      '- **Next step:** \\[Sign\\](javascript:x) \\*now\\* (Now \\| \\*soon\\*) — owner \\<i\\>Dana\\</i\\>',
    );
    expect(brief).toContain(
      '- **Open decision:** \\- \\_pick\\_ one (Now \\| \\*soon\\*, no votes yet)',
    );
    expect(brief).toContain(
      '- Decide together on **\\- \\_pick\\_ one** (Now \\| \\*soon\\*, no votes yet, owner \\*\\*Lee\\*\\*)',
    );
  });
});
