import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is fetched the first time it is shown (or earlier, on `preload`,
 * e.g. when the pointer nears the button that opens it). Until then it shows `fallback`.
 * No Suspense: it would hold the view back for its reveal delay after the code has arrived.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  function Lazy(props: P) {
    const [Component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (!Component) void preload().then((component) => setComponent(() => component));
    }, [Component]);
    return Component ? <Component {...props} /> : fallback;
  }
  // `load` waits for the code (tests render a page at once); `preload` only starts it.
  return Object.assign(Lazy, { preload: () => void preload(), load: () => preload() });
}

/**
 * A lazy component shown only while `useShown(props)` says so: its code is fetched the first
 * time it shows (a voting bar once a round opens), and nothing is fetched for a board where
 * it never does.
 */
export function lazyWhen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  useShown: (props: P) => boolean,
) {
  const Lazy = lazyComponent(load);
  return function Shown(props: P) {
    return useShown(props) ? <Lazy {...props} /> : null;
  };
}
