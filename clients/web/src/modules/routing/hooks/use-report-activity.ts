import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { ReportActivity } from '../routing-operations';

/** At most one report per minute: enough for an away timer counted in minutes. */
const REPORT_EVERY_MS = 60_000;

/** Tells the server the agent is at the console (keys, clicks), so auto-away does not take their work. */
export function useReportActivity(): void {
  const [report] = useMutation(ReportActivity);
  const last = useRef(0);
  useEffect(() => {
    const onActivity = () => {
      const now = Date.now();
      if (now - last.current < REPORT_EVERY_MS) return;
      last.current = now;
      void report().catch(() => undefined);
    };
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [report]);
}
