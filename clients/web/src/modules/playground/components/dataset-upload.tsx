import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { UploadPlaygroundDataset } from '../playground-operations';

/** Upload a CSV (header row) or JSONL dataset; personal data is redacted by the server on the way in. */
export function DatasetUpload({ onUploaded }: { onUploaded: () => void }) {
  const [name, setName] = useState('');
  const [format, setFormat] = useState('csv');
  const [content, setContent] = useState('');
  const [upload, state] = useMutation(UploadPlaygroundDataset);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setContent(await file.text());
    setFormat(file.name.endsWith('.jsonl') ? 'jsonl' : 'csv');
  };
  const submit = async () => {
    if ((await upload({ variables: { name, format, content } })).data?.uploadPlaygroundDataset) onUploaded();
  };
  return (
    <section aria-label="Upload a dataset">
      <h2>Upload a dataset</h2>
      <p className="muted">Columns: text, language, customerName, reference, expectedArticle (- for none), expectedCategory, expectedMissing, expectedEscalation (yes/no).</p>
      <div className="playground-actions">
        <label>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value)}>
            <option value="csv">CSV</option>
            <option value="jsonl">JSONL</option>
          </select>
        </label>
        <label>
          File
          <input type="file" accept=".csv,.jsonl" onChange={(event) => void onFile(event.target.files?.[0])} />
        </label>
      </div>
      <label>
        Content
        <textarea value={content} rows={4} onChange={(event) => setContent(event.target.value)} />
      </label>
      <button type="button" disabled={state.loading || name === '' || content.trim() === ''} onClick={() => void submit()}>
        Upload
      </button>
      {state.error ? <ErrorView error={state.error} title="Not uploaded" /> : null}
      {state.data?.uploadPlaygroundDataset ? (
        <p role="status">
          Uploaded {state.data.uploadPlaygroundDataset.name} version {state.data.uploadPlaygroundDataset.version} ({state.data.uploadPlaygroundDataset.itemCount} items)
        </p>
      ) : null}
    </section>
  );
}
