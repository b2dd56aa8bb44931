/** Loads a part of the island only when it is first wanted, to keep the JavaScript loaded up front within budget. */
import { useEffect, useState } from 'preact/hooks';

/** The module once `wanted` has been true and it has loaded; null before. */
export function useLazy<T extends object>(load: () => Promise<T>, wanted: boolean): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    void load().then((module) => {
      if (live) setLoaded(module);
    });
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return loaded;
}
