import { useSyncExternalStore } from 'react';

/** One shared clock for every relative time on the page: a single timer, and every label moves together. */
const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, refreshed every 30 s, so "3 minutes ago" and "SLA in 2 hours" keep telling the truth. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
