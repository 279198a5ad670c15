import { useMutation } from '@apollo/client/react';
import { navigate } from '../../../app/navigation';
import { CreateArticle } from '../knowledge-operations';
import type { ArticleDraftFields } from '../knowledge-types';
import { ArticleEditor } from './article-editor';

const BLANK: ArticleDraftFields = { title: '', summary: '', body: '', tags: [], locale: 'en' };

/** A new article starts as a draft; it reaches customers once published from its page. */
export function NewArticlePage() {
  const [create, state] = useMutation(CreateArticle);
  const save = async (fields: ArticleDraftFields) => {
    const created = (await create({ variables: { input: fields } })).data?.createArticle;
    if (created) navigate(`/knowledge/articles/${created.id}`, { replace: true });
  };
  return (
    <main className="knowledge-page">
      <h1>New article</h1>
      <ArticleEditor initial={BLANK} saving={state.loading} error={state.error} submitLabel="Save draft" onSave={(fields) => void save(fields)} onCancel={() => navigate('/knowledge')} />
    </main>
  );
}
