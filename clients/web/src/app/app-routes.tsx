import { ExplorerPage } from '../modules/explorer/components/explorer-page';
import { HelpPage } from '../modules/help/components/help-page';
import { useSession } from '../modules/session/hooks/use-session';
import { STAFF_ROLES } from '../modules/session/session';
import { ConsolePage } from '../modules/tickets/components/console-page';

const TICKET_ROUTE = /^\/tickets\/([^/]+)$/;
const HELP_TICKET_ROUTE = /^\/help\/tickets\/([^/]+)$/;

function NotForYourRole({ what }: { what: string }) {
  return (
    <main className="refusal">
      <p role="alert">{what}</p>
    </main>
  );
}

/** Which page a path shows to the signed-in role. */
export function AppRoutes({ pathname }: { pathname: string }) {
  const { role } = useSession();
  if (pathname === '/explorer') return <ExplorerPage />;
  if (pathname === '/help' || HELP_TICKET_ROUTE.test(pathname)) {
    if (role !== 'customer') return <NotForYourRole what="The help page is where customers ask for help: sign in as a customer to use it." />;
    return <HelpPage ticketId={HELP_TICKET_ROUTE.exec(pathname)?.[1]} />;
  }
  if (!STAFF_ROLES.includes(role)) {
    return role === 'customer' ? <HelpPage ticketId={undefined} /> : <NotForYourRole what={`The agent console is for agents, leads and admins; you are signed in as ${role}.`} />;
  }
  if (pathname === '/' || TICKET_ROUTE.test(pathname)) return <ConsolePage ticketId={TICKET_ROUTE.exec(pathname)?.[1]} />;
  return <NotForYourRole what="There is no page here." />;
}
