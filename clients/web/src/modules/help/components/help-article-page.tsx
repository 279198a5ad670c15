import { useQuery } from '@apollo/client/react';
import { AppLink } from '../../ui/components/app-link';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { MarkdownView } from '../../ui/components/markdown-view';
import { RelativeTime } from '../../ui/components/relative-time';
import { HelpArticle } from '../help-operations';

/** /help/articles/:id: a published article in full, where suggestions and cited sources link to. */
export function HelpArticlePage({ articleId }: { articleId: string }) {
  const { data, error, loading, refetch } = useQuery(HelpArticle, { variables: { id: articleId } });
  return (
    <main className="help-page">
      <AppLink to="/help">← Help</AppLink>
      {loading ? <LoadingView label="Loading the article" /> : null}
      {error && !data ? <ErrorView error={error} title="The article could not be loaded" onRetry={() => void refetch()} /> : null}
      {!loading && !error && !data?.article ? <ErrorView error={new Error('This article does not exist or is no longer published.')} title="Article not found" /> : null}
      {data?.article ? (
        <article className="help-article" aria-labelledby="help-article-title" lang={data.article.locale}>
          <h1 id="help-article-title">{data.article.title}</h1>
          <p className="muted">
            Updated <RelativeTime iso={data.article.updatedAt} />
          </p>
          <MarkdownView source={data.article.body} className="markdown article-body" />
        </article>
      ) : null}
    </main>
  );
}
