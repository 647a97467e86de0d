import { useEffect, useRef, type MutableRefObject } from 'react';

/**
 * The value from the last render, for a listener set up once to call without being set up
 * again each time its callback changes (what React 19.2's `useEffectEvent` does; we are on 18).
 */
export function useLatest<T>(value: T): MutableRefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
