import { useState } from 'react';

/**
 * Reads a small choice kept in this browser (localStorage). Storage can be blocked or full:
 * then the choice is simply not remembered, and nothing else is lost.
 */
export function readPersistent<T>(
  key: string,
  decode: (raw: string) => T | undefined,
): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : decode(raw);
  } catch {
    return undefined;
  }
}

/** Keeps (or with `undefined`, forgets) a choice; see `readPersistent`. */
export function writePersistent(key: string, raw: string | undefined): void {
  try {
    if (raw === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, raw);
  } catch {
    // Not remembered; nothing else is lost.
  }
}

const decodeBoolean = (raw: string) =>
  raw === 'true' ? true : raw === 'false' ? false : undefined;

/**
 * A yes/no a person chose (a panel open or folded) that the next visit remembers. Until they
 * choose, `fallback` decides, e.g. from the size of the screen.
 */
export function usePersistentFlag(key: string, fallback: () => boolean) {
  const [value, setValue] = useState(() => readPersistent(key, decodeBoolean) ?? fallback());
  const set = (next: boolean) => {
    setValue(next);
    writePersistent(key, String(next));
  };
  return [value, set] as const;
}

/**
 * One of a few named choices (a density, a colour theme) that the next visit remembers.
 * Choosing the fallback forgets the choice, so a later default can reach the person.
 */
export function usePersistentChoice<T extends string>(
  key: string,
  choices: readonly T[],
  fallback: T,
) {
  const [value, setValue] = useState<T>(() => readChoice(key, choices) ?? fallback);
  const set = (next: T) => {
    setValue(next);
    writePersistent(key, next === fallback ? undefined : next);
  };
  return [value, set] as const;
}

/** A remembered choice, when it is still one of `choices`. */
export const readChoice = <T extends string>(key: string, choices: readonly T[]) =>
  readPersistent(key, (raw) => choices.find((choice) => choice === raw));
