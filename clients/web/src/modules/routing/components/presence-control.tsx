import { useMutation, useQuery } from '@apollo/client/react';
import { useReportActivity } from '../hooks/use-report-activity';
import { MyRouting, SetPresence, type Presence } from '../routing-operations';

const LABELS: Record<Presence, string> = { ONLINE: 'Online', AWAY: 'Away', OFFLINE: 'Offline' };

/** The agent's own presence: only online agents are given tickets. Activity in the console keeps them from going away. */
export function PresenceControl() {
  const mine = useQuery(MyRouting);
  const [setPresence, state] = useMutation(SetPresence);
  useReportActivity();
  const presence = state.data?.setPresence?.presence ?? mine.data?.myRouting?.presence;
  // Not in the directory (a dev token without a user): nothing to route to.
  if (!mine.data?.myRouting) return null;
  return (
    <label className="presence-control">
      Presence
      <select
        value={presence}
        disabled={state.loading}
        onChange={(event) => void setPresence({ variables: { presence: event.target.value as Presence } })}
        data-presence={presence}
      >
        {(Object.keys(LABELS) as Presence[]).map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
