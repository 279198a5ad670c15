/**
 * Where attachment bytes live. Embedded: encrypted files under DATA_DIR
 * (adapters/encrypted-file-content-store.ts); production: an object store (S3, GCS, Azure Blob)
 * behind the same three calls, with server-side encryption on top of ours.
 */
export interface AttachmentContentStore {
  /** Stores the bytes under `id` (a new id each time); visible to `get` only once complete. */
  put(id: string, content: Buffer): Promise<void>;
  /** Undefined when there is no such attachment (never stored, or deleted). */
  get(id: string): Promise<Buffer | undefined>;
  /** Idempotent. */
  delete(id: string): Promise<void>;
}
