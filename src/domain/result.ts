import type { Board } from './schema';

/** Every way the board can say no to an edit a person asked for. */
export type RefusalCode =
  | 'board-gone'
  | 'board-needs-name'
  | 'horizon-gone'
  | 'horizon-needs-name'
  | 'horizon-name-taken'
  | 'too-many-horizons'
  | 'last-horizon'
  | 'value-needs-words'
  | 'value-already-listed'
  | 'too-many-values'
  | 'participant-needs-name'
  | 'participant-already-in'
  | 'too-many-participants'
  | 'round-already-open'
  | 'no-participants'
  | 'dots-out-of-range'
  | 'no-open-round'
  | 'no-voter'
  | 'milestone-gone'
  | 'dots-used-up';

/**
 * An edit refused, and why: `code` for the code and the tests, `reason` for the person, in
 * a partner manager's words, saying what to do next. A refusal changes nothing.
 */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

/** What an edit the board may refuse gives back: the edited board (and `Extra`), or a refusal. */
export type Outcome<Extra extends object = object> = ({ ok: true; board: Board } & Extra) | Refusal;

export const refuse = (code: RefusalCode, reason: string): Refusal => ({
  ok: false,
  code,
  reason,
});

export const done = (board: Board): { ok: true; board: Board } => ({ ok: true, board });
