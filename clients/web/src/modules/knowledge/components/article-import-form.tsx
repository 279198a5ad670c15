import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { ImportArticles } from '../knowledge-operations';

const ACCEPTED = '.md,.markdown,.jsonl,.ndjson,.html,.htm';

/** Upload Markdown (front matter), JSON lines or HTML files; the report says what was created, updated or refused. */
export function ArticleImportForm({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [importArticles, state] = useMutation(ImportArticles);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return;
    const contents = await Promise.all(files.map(async (file) => ({ name: file.name, content: await file.text() })));
    if ((await importArticles({ variables: { files: contents } })).data?.importArticles) onImported();
  };

  const report = state.data?.importArticles;
  return (
    <form className="article-import" aria-label="Import articles" onSubmit={(event) => void submit(event)}>
      <label>
        Files ({ACCEPTED.replaceAll(',', ' ')})
        <input type="file" multiple accept={ACCEPTED} onChange={(event) => setFiles([...(event.target.files ?? [])])} />
      </label>
      <button type="submit" className="primary" disabled={state.loading || files.length === 0}>
        Import {files.length > 0 ? `${files.length} file${files.length === 1 ? '' : 's'}` : ''}
      </button>
      {state.error ? <ErrorView error={state.error} title="Nothing was imported" /> : null}
      {report ? (
        <div role="status" className="import-report">
          <p>
            {report.created.length} created, {report.updated.length} updated, {report.unchanged.length} unchanged
            {report.problems.length > 0 ? `, ${report.problems.length} refused` : ''}.
          </p>
          {report.problems.length > 0 ? (
            <ul>
              {report.problems.map((problem, index) => (
                <li key={`${problem.source}-${index}`}>
                  {problem.source}: {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
