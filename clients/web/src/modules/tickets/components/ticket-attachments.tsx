import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { AddAttachment, TicketAttachments } from '../ticket-operations';
import type { TicketAttachment } from '../ticket-types';

function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file as a data URL: the bytes come with the query, already checked against the ticket's access rule. */
function dataUrl(attachment: TicketAttachment): string {
  return `data:${attachment.contentType};base64,${attachment.contentBase64}`;
}

/** The file's bytes as base64 (a data URL without its `data:…;base64,` head). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Files on the ticket, images previewed; an agent adds one with the file picker. */
export function TicketAttachmentsPanel({ ticketId }: { ticketId: string }) {
  const { data, error, loading, refetch } = useQuery(TicketAttachments, { variables: { id: ticketId } });
  const [add, addState] = useMutation(AddAttachment);
  const [uploading, setUploading] = useState(false);
  const attachments = data?.ticket?.attachments ?? [];

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setUploading(true);
    try {
      const input = { filename: file.name, contentType: file.type || 'application/octet-stream', contentBase64: await base64Of(file) };
      if ((await add({ variables: { ticketId, input } })).data?.addAttachment) void refetch();
    } finally {
      setUploading(false);
    }
  };

  return (
    <section className="ticket-attachments" aria-label="Attachments">
      <h3>Attachments</h3>
      {loading ? <LoadingView label="Loading attachments" /> : null}
      {error ? <ErrorView error={error} title="Attachments could not be loaded" onRetry={() => void refetch()} /> : null}
      {data && attachments.length === 0 ? <EmptyView>No files on this ticket.</EmptyView> : null}
      <ul className="attachment-list">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            {attachment.image ? <img className="attachment-preview" src={dataUrl(attachment)} alt={attachment.filename} /> : null}
            <a href={dataUrl(attachment)} download={attachment.filename}>
              {attachment.filename}
            </a>{' '}
            <span className="attachment-meta">
              {readableSize(attachment.size)} · {attachment.source === 'EMAIL' ? 'from email' : 'uploaded'}
            </span>
          </li>
        ))}
      </ul>
      <label className="attachment-upload">
        Add a file
        <input type="file" onChange={(event) => void upload(event)} disabled={uploading} />
      </label>
      {addState.error ? <ErrorView error={addState.error} title="The file was not added" /> : null}
    </section>
  );
}
