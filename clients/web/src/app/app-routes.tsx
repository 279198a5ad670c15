import { ExplorerPage } from '../modules/explorer/components/explorer-page';
import { HelpArticlePage } from '../modules/help/components/help-article-page';
import { HelpPage } from '../modules/help/components/help-page';
import { ArticlePage } from '../modules/knowledge/components/article-page';
import { KnowledgePage } from '../modules/knowledge/components/knowledge-page';
import { NewArticlePage } from '../modules/knowledge/components/new-article-page';
import { PlaygroundPage } from '../modules/playground/components/playground-page';
import { useSession } from '../modules/session/hooks/use-session';
import { INSIGHTS_ROLES, KNOWLEDGE_EDITOR_ROLES, PLAYGROUND_ROLES, STAFF_ROLES } from '../modules/session/session';
import { InsightsPage } from '../modules/insights/components/insights-page';
import { RoadmapPage } from '../modules/roadmap/components/roadmap-page';
import { ConsolePage } from '../modules/tickets/components/console-page';

const TICKET_ROUTE = /^\/tickets\/([^/]+)$/;
const HELP_TICKET_ROUTE = /^\/help\/tickets\/([^/]+)$/;
const HELP_ARTICLE_ROUTE = /^\/help\/articles\/([^/]+)$/;
const KNOWLEDGE_ARTICLE_ROUTE = /^\/knowledge\/articles\/([^/]+)$/;

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
  // A published article reads the same for anyone signed in: customers follow links to it from the help page.
  const helpArticle = HELP_ARTICLE_ROUTE.exec(pathname)?.[1];
  if (helpArticle) return <HelpArticlePage articleId={helpArticle} />;
  if (pathname === '/help' || HELP_TICKET_ROUTE.test(pathname)) {
    if (role !== 'customer') return <NotForYourRole what="The help page is where customers ask for help: sign in as a customer to use it." />;
    return <HelpPage ticketId={HELP_TICKET_ROUTE.exec(pathname)?.[1]} />;
  }
  if (pathname === '/insights') {
    return INSIGHTS_ROLES.includes(role) ? <InsightsPage /> : <NotForYourRole what="Insights are for leads, admins and analysts." />;
  }
  if (!STAFF_ROLES.includes(role)) {
    return role === 'customer' ? <HelpPage ticketId={undefined} /> : <NotForYourRole what={`The agent console is for agents, leads and admins; you are signed in as ${role}.`} />;
  }
  if (pathname === '/' || TICKET_ROUTE.test(pathname)) return <ConsolePage ticketId={TICKET_ROUTE.exec(pathname)?.[1]} />;
  if (pathname === '/knowledge') return <KnowledgePage />;
  if (pathname === '/roadmap') return <RoadmapPage />;
  if (pathname === '/knowledge/new') {
    return KNOWLEDGE_EDITOR_ROLES.includes(role) ? <NewArticlePage /> : <NotForYourRole what="Leads and admins write articles; you can read them under Knowledge." />;
  }
  if (pathname === '/playground') {
    return PLAYGROUND_ROLES.includes(role) ? <PlaygroundPage /> : <NotForYourRole what="The playground is for leads and admins." />;
  }
  const knowledgeArticle = KNOWLEDGE_ARTICLE_ROUTE.exec(pathname)?.[1];
  if (knowledgeArticle) return <ArticlePage articleId={knowledgeArticle} />;
  return <NotForYourRole what="There is no page here." />;
}
