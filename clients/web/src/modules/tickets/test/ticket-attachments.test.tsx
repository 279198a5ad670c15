/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { TicketAttachmentsPanel } from '../components/ticket-attachments';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNg+M/A8AAFAAIB4iE7xQAAAABJRU5ErkJggg==';
const files = [
  { id: 'a-1', filename: 'capture.png', contentType: 'image/png', size: 70, image: true, source: 'EMAIL', createdAt: '2026-12-03T10:00:00Z', contentBase64: PNG },
  { id: 'a-2', filename: 'original.eml', contentType: 'message/rfc822', size: 2048, image: false, source: 'EMAIL', createdAt: '2026-12-03T10:00:00Z', contentBase64: 'RnJvbTogYQ==' },
];

describe('TicketAttachmentsPanel', () => {
  it('previews images, offers every file for download, and uploads a picked file as base64', async () => {
    const { client, requests } = fakeApiClient({
      TicketAttachments: () => ({ ticket: { id: 't-1', attachments: files } }),
      AddAttachment: () => ({ addAttachment: { id: 'a-3', filename: 'note.txt', size: 5 } }),
    });
    render(
      <ApolloProvider client={client}>
        <TicketAttachmentsPanel ticketId="t-1" />
      </ApolloProvider>,
    );
    const preview = (await screen.findByRole('img', { name: 'capture.png' })) as HTMLImageElement;
    expect(preview.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    // Only images are previewed; every file is a download link.
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'original.eml' }).getAttribute('download')).toBe('original.eml');
    expect(screen.getByText('2.0 KB · from email')).toBeTruthy();

    const file = new File(['hello'], 'note.txt', { type: 'text/plain' });
    await act(async () => fireEvent.change(screen.getByLabelText('Add a file'), { target: { files: [file] } }));
    await waitFor(() => expect(requests.some((request) => request.operation === 'AddAttachment')).toBe(true));
    expect(requests.find((request) => request.operation === 'AddAttachment')).toEqual({
      operation: 'AddAttachment',
      variables: { ticketId: 't-1', input: { filename: 'note.txt', contentType: 'text/plain', contentBase64: 'aGVsbG8=' } },
    });
  });
});
