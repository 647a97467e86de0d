import { useId } from 'react';
import { LIMITS, type Participant } from '../../domain/schema';
import { Avatar } from '../../ui/board/avatar';
import { FieldError } from '../../ui/text-field';

/** Someone picked from the board's participants, or a new name. */
export type WhoChoice = { participantId: string } | { newName: string };

/** The choice as a session's `me`: a participant by id, or a name to add as one. */
export function meOf(choice: WhoChoice, participants: readonly Participant[]) {
  if ('newName' in choice) return { name: choice.newName.trim() };
  const participant = participants.find((p) => p.id === choice.participantId);
  return participant ? { name: participant.name, participantId: participant.id } : null;
}

/** What makes the choice not yet usable, in words; null when it is. */
export function whoProblem(choice: WhoChoice | null): string | null {
  if (!choice) return 'Choose who you are.';
  if ('newName' in choice && !choice.newName.trim()) return 'Enter your name.';
  return null;
}

/** The first choice offered: the participant with the name used last time, else nobody. */
export function firstChoice(
  participants: readonly Participant[],
  lastName: string,
): WhoChoice | null {
  const known = participants.find(
    (p) => p.name.toLocaleLowerCase() === lastName.trim().toLocaleLowerCase(),
  );
  if (known) return { participantId: known.id };
  return participants.length === 0 ? { newName: lastName } : null;
}

/**
 * Who this person is in the session: one of the board's participants, or someone new, who
 * joins the participants (and so has dots to vote with and a colour of their own).
 */
export function WhoAreYou({
  participants,
  choice,
  onChoice,
  error,
}: {
  participants: readonly Participant[];
  choice: WhoChoice | null;
  onChoice: (choice: WhoChoice) => void;
  error: string | null;
}) {
  const errorId = useId();
  const nameId = useId();
  const isNew = choice !== null && 'newName' in choice;
  return (
    <fieldset className="field who" aria-describedby={error ? errorId : undefined}>
      <legend>Who are you?</legend>
      <div className="who__choices">
        {participants.map((p) => (
          <label key={p.id} className="choice who__choice">
            <input
              type="radio"
              name="who"
              checked={
                choice !== null && 'participantId' in choice && choice.participantId === p.id
              }
              onChange={() => onChoice({ participantId: p.id })}
            />
            <Avatar color={p.color} initials={p.initials} />
            <span>{p.name}</span>
          </label>
        ))}
        <label className="choice who__choice">
          <input
            type="radio"
            name="who"
            checked={isNew}
            onChange={() => onChoice({ newName: isNew ? choice.newName : '' })}
          />
          <span>{participants.length ? 'Someone else' : 'Me, by name'}</span>
        </label>
      </div>
      {isNew && (
        <div className="field who__name">
          <label htmlFor={nameId}>Your name</label>
          <input
            id={nameId}
            className="input"
            value={choice.newName}
            maxLength={LIMITS.participantName}
            autoComplete="name"
            data-autofocus
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChoice({ newName: event.target.value })}
          />
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
