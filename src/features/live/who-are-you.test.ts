import { describe, expect, it } from 'vitest';
import type { Participant } from '../../domain/schema';
import { firstChoice, meOf, whoProblem } from './who-are-you';

const ana: Participant = { id: 'p-ana', name: 'Ana', initials: 'A', color: 'blue' };
const ben: Participant = { id: 'p-ben', name: 'Ben', initials: 'B', color: 'green' };

describe('choosing who one is in a session', () => {
  it('offers the participant of the name used last time, else asks', () => {
    expect(firstChoice([ana, ben], ' ben ')).toEqual({ participantId: 'p-ben' });
    expect(firstChoice([ana, ben], 'Cy')).toBeNull();
    expect(firstChoice([], 'Cy')).toEqual({ newName: 'Cy' });
  });

  it('makes the choice a session member: a participant by id, or a name to add', () => {
    expect(meOf({ participantId: 'p-ana' }, [ana, ben])).toEqual({
      name: 'Ana',
      participantId: 'p-ana',
    });
    expect(meOf({ newName: '  Cy Tran ' }, [ana])).toEqual({ name: 'Cy Tran' });
    expect(meOf({ participantId: 'gone' }, [ana])).toBeNull();
  });

  it('says what is missing', () => {
    expect(whoProblem(null)).toBe('Choose who you are.');
    expect(whoProblem({ newName: '  ' })).toBe('Enter your name.');
    expect(whoProblem({ newName: 'Cy' })).toBeNull();
    expect(whoProblem({ participantId: 'p-ana' })).toBeNull();
  });
});
