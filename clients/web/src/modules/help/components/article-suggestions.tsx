import { AppLink } from '../../ui/components/app-link';
import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { HighlightedSnippet } from '../../ui/components/highlighted-snippet';
import { LoadingView } from '../../ui/components/loading-view';
import type { useArticleSuggestions } from '../hooks/use-article-suggestions';

export function ArticleSuggestions({ suggestions }: { suggestions: ReturnType<typeof useArticleSuggestions> }) {
  if (suggestions.skipped) return null;
  const hits = suggestions.data?.suggestArticles ?? [];
  return (
    <section className="article-suggestions" aria-label="Suggested articles" aria-live="polite">
      <h2>These articles may help</h2>
      {suggestions.loading ? <LoadingView label="Looking for answers" /> : null}
      {suggestions.error ? <ErrorView error={suggestions.error} title="Suggestions are unavailable" /> : null}
      {!suggestions.loading && !suggestions.error && hits.length === 0 ? <EmptyView>No article matches yet: keep describing, or ask us directly.</EmptyView> : null}
      <ul className="article-list">
        {hits.map((hit) => (
          <li key={hit.article.id}>
            <details>
              <summary>{hit.article.title}</summary>
              <p>{hit.article.summary}</p>
              <p className="muted">
                <HighlightedSnippet snippet={hit.snippet} />
              </p>
              <p>
                <AppLink to={`/help/articles/${hit.article.id}`}>Read the full article</AppLink>
              </p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
