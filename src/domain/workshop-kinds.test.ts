import { describe, expect, it } from 'vitest';
import { restoreOver } from '../testing/restore-over';

describe('repairs of values, participants and rounds', () => {
  it('puts values, participants and rounds right field by field', () => {
    const result = restoreOver({
      values: [{ id: 'v', side: 'ours', text: 'v'.repeat(81), alignment: 'maybe' }],
      participants: [
        { id: 'p1', name: 'Ana', initials: 'ANAS', color: 'gold' },
        { id: 'p2', name: '', initials: 'BO', color: 'red' },
      ],
      rounds: [
        {
          id: 'r',
          title: '',
          dots: 50,
          hidden: 'yes',
          revealed: true,
          votes: [{ participantId: 'p1', milestoneId: 'm' }, 'dot'],
          results: [{ milestoneId: 'm', title: 'r'.repeat(201), dots: 1 }, { title: 'x' }],
          startedAt: '2026-01-02T00:00:00.000Z',
          closedAt: 'later',
        },
      ],
    });
    const { values, participants, rounds } = result.board;
    expect(values).toEqual([{ id: 'v', side: 'ours', text: 'v'.repeat(80), alignment: 'open' }]);
    expect(participants).toEqual([
      { id: 'p1', name: 'Ana', initials: 'ANA', color: 'blue' },
      { id: 'p2', name: 'Participant 2', initials: 'BO', color: 'red' },
    ]);
    expect(rounds).toEqual([
      {
        id: 'r',
        title: 'Round 1',
        dots: 20,
        hidden: false,
        revealed: true,
        // A closed round keeps dots on cards no longer here: its results are history.
        votes: [{ participantId: 'p1', milestoneId: 'm' }],
        results: [{ milestoneId: 'm', title: 'r'.repeat(200), dots: 1 }],
        startedAt: '2026-01-02T00:00:00.000Z',
        closedAt: '2026-01-02T00:00:00.000Z',
      },
    ]);
    const value = `value “${'v'.repeat(60)}”`;
    expect(result.warnings).toEqual([
      `Cut the text of ${value} to 80 characters.`,
      `Set the alignment of ${value} to “Not discussed yet”: “maybe” is not an alignment this app knows.`,
      'Cut the initials of participant “Ana” to 3 characters.',
      'Gave participant “Ana” the colour blue: “gold” is not a colour this app knows.',
      'Named participant #2 “Participant 2”: it had no name.',
      'Named voting round #1 “Round 1”: it had no title.',
      'Set the number of dots of voting round #1 to 20: it was 50, outside 1–20.',
      'Reset whether its dots are hidden for voting round #1: it could not be read.',
      'Dropped 1 dot of voting round #1 that could not be read.',
      'Tidied the results of voting round #1: dropped 1 that could not be read; cut 1 milestone title to 200 characters.',
      'Closed voting round #1 at its start: its closing time could not be read.',
    ]);
  });
});
