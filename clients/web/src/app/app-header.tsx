import { useSession } from '../modules/session/hooks/use-session';
import { EXPLORER_ROLES, INSIGHTS_ROLES, PLAYGROUND_ROLES, STAFF_ROLES } from '../modules/session/session';
import { AppLink } from '../modules/ui/components/app-link';
import { NotificationTray } from '../modules/routing/components/notification-tray';
import { PresenceControl } from '../modules/routing/components/presence-control';

export function AppHeader() {
  const { role, subject, signOut } = useSession();
  return (
    <header className="app-header">
      <strong className="brand">Support Graph</strong>
      <nav aria-label="Main">
        {STAFF_ROLES.includes(role) ? <AppLink to="/">Queue</AppLink> : null}
        {STAFF_ROLES.includes(role) ? <AppLink to="/knowledge">Knowledge</AppLink> : null}
        {PLAYGROUND_ROLES.includes(role) ? <AppLink to="/playground">Playground</AppLink> : null}
        {STAFF_ROLES.includes(role) ? <AppLink to="/roadmap">Roadmap</AppLink> : null}
        <AppLink to="/help">Help</AppLink>
        {INSIGHTS_ROLES.includes(role) ? <AppLink to="/insights">Insights</AppLink> : null}
        {EXPLORER_ROLES.includes(role) ? <AppLink to="/explorer">Explorer</AppLink> : null}
      </nav>
      {STAFF_ROLES.includes(role) && role !== 'service' ? <PresenceControl /> : null}
      {STAFF_ROLES.includes(role) && role !== 'service' ? <NotificationTray /> : null}
      <span className="signed-in-as">
        {subject} ({role})
      </span>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}
