import { ClientErrors } from '@support-graph/runtime';

/**
 * What a ticket accepts as a file: documents and images a customer or agent sends, never active
 * content (HTML, SVG, scripts, executables) that a browser or a desktop would run. Declared image
 * and PDF types must match the file's first bytes, so a script renamed `.png` is refused.
 */
const ALLOWED_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'message/rfc822',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/zip',
]);

const SIGNATURES: Record<string, readonly number[][]> = {
  'image/png': [[0x89, 0x50, 0x4e, 0x47]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  'image/webp': [[0x52, 0x49, 0x46, 0x46]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
};

export interface AttachmentUpload {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** `../../etc/passwd\u0000.png` → `passwd.png`: the last path segment, printable, at most 200 characters. */
export function safeFilename(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const printable = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return printable.length > 0 && printable !== '.' && printable !== '..' ? printable : 'attachment';
}

/** Why this file cannot go on a ticket (a BAD_USER_INPUT error naming `field`), or the file as stored. */
export function checkAttachment(upload: AttachmentUpload, maxBytes: number, field = 'attachment'): AttachmentUpload {
  const contentType = upload.contentType.toLowerCase().split(';')[0]?.trim() ?? '';
  const filename = safeFilename(upload.filename);
  if (upload.content.length === 0) throw ClientErrors.badInput(field, `${filename} is empty`);
  if (upload.content.length > maxBytes) throw ClientErrors.badInput(field, `${filename} is ${upload.content.length} bytes; the limit is ${maxBytes}`);
  if (!ALLOWED_TYPES.has(contentType)) throw ClientErrors.badInput(field, `${filename}: type ${contentType || 'unknown'} is not accepted`);
  const signatures = SIGNATURES[contentType];
  if (signatures && !signatures.some((signature) => signature.every((byte, index) => upload.content[index] === byte))) {
    throw ClientErrors.badInput(field, `${filename} is not a valid ${contentType} file`);
  }
  return { filename, contentType, content: upload.content };
}

export function isImage(contentType: string): boolean {
  return contentType in SIGNATURES && contentType.startsWith('image/');
}
