import { mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FieldEnvelopes, type Keyring } from '@support-graph/runtime';
import type { AttachmentContentStore } from '../attachment-content-store.js';

const ID = /^[0-9a-f-]{36}$/;

/**
 * The embedded content store: one file per attachment under `<dir>`, holding the kernel's AES-256-GCM
 * envelope of the bytes (key id inside, bound to the attachment id, so a file copied to another id
 * does not decrypt). Written to a temporary name and renamed, so a crash leaves no half file.
 */
export class EncryptedFileContentStore implements AttachmentContentStore {
  private readonly envelopes: FieldEnvelopes;

  constructor(
    private readonly dir: string,
    keyring: Keyring,
  ) {
    mkdirSync(dir, { recursive: true });
    this.envelopes = new FieldEnvelopes(keyring);
  }

  private path(id: string): string {
    if (!ID.test(id)) throw new Error('invalid attachment id');
    return join(this.dir, `${id}.enc`);
  }

  async put(id: string, content: Buffer): Promise<void> {
    const sealed = this.envelopes.encrypt(content.toString('base64'), { field: 'attachments.content', recordId: id });
    const temporary = `${this.path(id)}.partial`;
    await writeFile(temporary, sealed, { mode: 0o600 });
    await rename(temporary, this.path(id));
  }

  async get(id: string): Promise<Buffer | undefined> {
    let sealed: string;
    try {
      sealed = await readFile(this.path(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return Buffer.from(this.envelopes.decrypt(sealed, { field: 'attachments.content', recordId: id }), 'base64');
  }

  async delete(id: string): Promise<void> {
    await rm(this.path(id), { force: true });
  }
}
