import { useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { MarkdownView } from '../../ui/components/markdown-view';
import { parseTags } from '../../ui/parse-tags';
import type { ArticleDraftFields } from '../knowledge-types';

interface ArticleEditorProps {
  readonly initial: ArticleDraftFields;
  readonly saving: boolean;
  readonly error: { message: string } | undefined;
  readonly submitLabel: string;
  readonly onSave: (fields: ArticleDraftFields) => void;
  readonly onCancel: () => void;
}

/** Title, summary, tags, language and a Markdown body with a live preview of what customers will read. */
export function ArticleEditor({ initial, saving, error, submitLabel, onSave, onCancel }: ArticleEditorProps) {
  const [title, setTitle] = useState(initial.title);
  const [summary, setSummary] = useState(initial.summary);
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [locale, setLocale] = useState(initial.locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ title: title.trim(), summary: summary.trim(), body, tags: parseTags(tags), locale: locale.trim() || 'en' });
  };

  return (
    <form className="article-editor" aria-label="Article editor" onSubmit={submit}>
      <label>
        Title
        <input value={title} required maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Summary
        <input value={summary} maxLength={500} onChange={(event) => setSummary(event.target.value)} />
      </label>
      <div className="editor-row">
        <label>
          Tags
          <input value={tags} onChange={(event) => setTags(event.target.value)} />
        </label>
        <label>
          Language
          <input value={locale} maxLength={35} onChange={(event) => setLocale(event.target.value)} />
        </label>
      </div>
      <div className="editor-panes">
        <label>
          Body (Markdown)
          <textarea rows={16} required value={body} onChange={(event) => setBody(event.target.value)} />
        </label>
        <section className="markdown-preview" aria-label="Preview">
          <h3>Preview</h3>
          <MarkdownView source={body} />
        </section>
      </div>
      {error ? <ErrorView error={error} title="Not saved" /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving || !title.trim() || !body.trim()}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
