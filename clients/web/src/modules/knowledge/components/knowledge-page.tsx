import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { navigate } from '../../../app/navigation';
import { useSession } from '../../session/hooks/use-session';
import { KNOWLEDGE_EDITOR_ROLES } from '../../session/session';
import { AppLink } from '../../ui/components/app-link';
import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { HighlightedSnippet } from '../../ui/components/highlighted-snippet';
import { LoadingView } from '../../ui/components/loading-view';
import { RelativeTime } from '../../ui/components/relative-time';
import { useDebouncedValue } from '../../ui/hooks/use-debounced-value';
import { KnowledgeArticles, SearchArticles } from '../knowledge-operations';
import { ARTICLE_STATUSES, type ArticleFilter, type ArticleStatus, type ArticleSummary } from '../knowledge-types';
import { ArticleImportForm } from './article-import-form';
import { ArticleStatusBadge } from './article-status-badge';

const PAGE_SIZE = 50;

function ArticleRow({ article, snippet }: { article: ArticleSummary; snippet?: string }) {
  return (
    <li>
      <AppLink to={`/knowledge/articles/${article.id}`} className="article-row">
        <span className="badges">
          <strong>{article.title}</strong>
          <ArticleStatusBadge status={article.status} />
          <span className="badge">{article.locale}</span>
        </span>
        <span className="muted">{snippet ? <HighlightedSnippet snippet={snippet} /> : article.summary}</span>
        <span className="muted small">
          version {article.version} · updated <RelativeTime iso={article.updatedAt} />
        </span>
      </AppLink>
    </li>
  );
}

/** Help-centre articles for the support team: search, filter by status, open one; leads and admins also write and import. */
export function KnowledgePage() {
  const { role } = useSession();
  const mayEdit = KNOWLEDGE_EDITOR_ROLES.includes(role);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [importing, setImporting] = useState(false);
  const query = useDebouncedValue(text.trim(), 250);
  const filter: ArticleFilter = status ? { status: [status] } : { status: [...ARTICLE_STATUSES] };
  const searching = /[\p{L}\p{N}]/u.test(query);
  const list = useQuery(KnowledgeArticles, { variables: { filter, first: PAGE_SIZE, after: cursors.at(-1) ?? null }, skip: searching });
  const search = useQuery(SearchArticles, { variables: { query, filter }, skip: !searching });
  const active = searching ? search : list;

  return (
    <main className="knowledge-page">
      <header className="knowledge-header">
        <h1>Knowledge</h1>
        {mayEdit ? (
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => navigate('/knowledge/new')}>
              New article
            </button>
            <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
              Import files
            </button>
          </div>
        ) : null}
      </header>
      {importing ? <ArticleImportForm onImported={() => void list.refetch()} /> : null}
      <div className="knowledge-filters" role="search">
        <label>
          Search articles
          <input type="search" value={text} placeholder="e.g. refund card" onChange={(event) => setText(event.target.value)} />
        </label>
        <label>
          Status
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as ArticleStatus | '');
              setCursors([null]);
            }}
          >
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      {active.loading ? <LoadingView label="Loading articles" /> : null}
      {active.error ? <ErrorView error={active.error} title="Articles could not be loaded" onRetry={() => void active.refetch()} /> : null}
      {searching ? (
        <ul className="article-rows" aria-label="Articles">
          {(search.data?.searchKnowledge ?? []).map((hit) => (
            <ArticleRow key={hit.article.id} article={hit.article} snippet={hit.snippet} />
          ))}
        </ul>
      ) : (
        <ul className="article-rows" aria-label="Articles">
          {(list.data?.articles.edges ?? []).map(({ node }) => (
            <ArticleRow key={node.id} article={node} />
          ))}
        </ul>
      )}
      {!active.loading && !active.error && (searching ? search.data?.searchKnowledge.length === 0 : list.data?.articles.totalCount === 0) ? (
        <EmptyView>{searching ? 'No article matches that search.' : 'No articles yet.'}</EmptyView>
      ) : null}
      {!searching && list.data && (cursors.length > 1 || list.data.articles.pageInfo.hasNextPage) ? (
        <nav className="queue-pager" aria-label="Article pages">
          <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            ← Previous
          </button>
          <span className="muted">{list.data.articles.totalCount} articles</span>
          <button
            type="button"
            disabled={!list.data.articles.pageInfo.hasNextPage}
            onClick={() => list.data?.articles.pageInfo.endCursor && setCursors([...cursors, list.data.articles.pageInfo.endCursor])}
          >
            Next →
          </button>
        </nav>
      ) : null}
    </main>
  );
}
