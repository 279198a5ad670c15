import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import { KNOWLEDGE_EDITOR_ROLES } from '../../session/session';
import { AppLink } from '../../ui/components/app-link';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { MarkdownView } from '../../ui/components/markdown-view';
import { RelativeTime } from '../../ui/components/relative-time';
import { ArchiveArticle, KnowledgeArticle, PublishArticle, RollbackArticle, UpdateArticle } from '../knowledge-operations';
import type { ArticleDetail, ArticleDraftFields } from '../knowledge-types';
import { ArticleEditor } from './article-editor';
import { ArticleStatusBadge } from './article-status-badge';
import { ArticleVersions } from './article-versions';

function ArticleWorkspace({ article, refetch }: { article: ArticleDetail; refetch: () => void }) {
  const { role } = useSession();
  const mayEdit = KNOWLEDGE_EDITOR_ROLES.includes(role);
  const [editing, setEditing] = useState(false);
  const [update, updateState] = useMutation(UpdateArticle);
  const [publish, publishState] = useMutation(PublishArticle);
  const [archive, archiveState] = useMutation(ArchiveArticle);
  const [rollback, rollbackState] = useMutation(RollbackArticle);
  const actionError = publishState.error ?? archiveState.error ?? rollbackState.error;
  const busy = publishState.loading || archiveState.loading || rollbackState.loading;

  const save = async (fields: ArticleDraftFields) => {
    if ((await update({ variables: { id: article.id, input: { ...fields, version: article.version } } })).data?.updateArticle) {
      setEditing(false);
      refetch();
    }
  };
  const then = (done: unknown) => {
    if (done) refetch();
  };

  return (
    <article className="article-page" aria-labelledby="article-title">
      <AppLink to="/knowledge">← Knowledge</AppLink>
      <h1 id="article-title">{article.title}</h1>
      <p className="badges">
        <ArticleStatusBadge status={article.status} />
        <span className="badge">{article.locale}</span>
        {article.tags.map((tag) => (
          <span key={tag} className="badge tag">
            #{tag}
          </span>
        ))}
        <span className="muted">
          version {article.version} · updated <RelativeTime iso={article.updatedAt} /> · {article.helpfulCount} found it helpful, {article.unhelpfulCount} did not
        </span>
      </p>
      {mayEdit && !editing ? (
        <div className="form-actions">
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          {article.status !== 'PUBLISHED' ? (
            <button type="button" className="primary" disabled={busy} onClick={() => void publish({ variables: { id: article.id } }).then(({ data }) => then(data?.publishArticle))}>
              Publish
            </button>
          ) : null}
          {article.status !== 'ARCHIVED' ? (
            <button type="button" disabled={busy} onClick={() => void archive({ variables: { id: article.id } }).then(({ data }) => then(data?.archiveArticle))}>
              Archive
            </button>
          ) : null}
        </div>
      ) : null}
      {actionError ? <ErrorView error={actionError} title="That did not work" /> : null}
      {editing ? (
        <ArticleEditor
          initial={{ title: article.title, summary: article.summary, body: article.body, tags: article.tags, locale: article.locale }}
          saving={updateState.loading}
          error={updateState.error}
          submitLabel="Save as a new version"
          onSave={(fields) => void save(fields)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {article.summary ? <p className="article-summary">{article.summary}</p> : null}
          <MarkdownView source={article.body} className="markdown article-body" />
        </>
      )}
      <ArticleVersions
        history={article.history}
        current={article.version}
        mayRollBack={mayEdit}
        rollingBack={rollbackState.loading}
        onRollBack={(version) => void rollback({ variables: { id: article.id, version } }).then(({ data }) => then(data?.rollbackArticle))}
      />
    </article>
  );
}

/** One article in full for the support team, with its versions; leads and admins edit, publish, archive and roll back. */
export function ArticlePage({ articleId }: { articleId: string }) {
  const { data, error, loading, refetch } = useQuery(KnowledgeArticle, { variables: { id: articleId } });
  if (loading) return <LoadingView label="Loading the article" />;
  if (error && !data) return <ErrorView error={error} title="The article could not be loaded" onRetry={() => void refetch()} />;
  if (!data?.article) return <ErrorView error={new Error('No such article, or you may not see it.')} title="Article not found" />;
  return (
    <main className="knowledge-page">
      <ArticleWorkspace article={data.article} refetch={() => void refetch()} />
    </main>
  );
}
