import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentChunks, IndexFields, IndexedChunk } from '../../search-index.js';

export type ChunkLogRecord =
  | { op: 'put'; docId: string; chunks: IndexedChunk[] }
  | { op: 'fields'; docId: string; fields: IndexFields }
  | { op: 'remove'; docId: string };

type StoredChunk = Omit<IndexedChunk, 'vector'> & { vector: string };
type StoredRecord = Exclude<ChunkLogRecord, { op: 'put' }> | { op: 'put'; docId: string; chunks: StoredChunk[] };

/**
 * Durable state of the local search index as an append-only JSON-lines log: every write is one
 * appended line, the whole log is replayed on open, and `rewrite` replaces it with the live
 * documents once superseded lines pile up. Vectors are stored as base64 float32.
 */
export class ChunkLogFile {
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  read(): ChunkLogRecord[] {
    if (!existsSync(this.path)) return [];
    const records: ChunkLogRecord[] = [];
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      // A torn last line (crash mid-append) is skipped; everything before it is intact.
      if (line.trim() === '') continue;
      let stored: StoredRecord;
      try {
        stored = JSON.parse(line) as StoredRecord;
      } catch {
        continue;
      }
      records.push(stored.op === 'put' ? { ...stored, chunks: stored.chunks.map(decodeChunk) } : stored);
    }
    return records;
  }

  append(records: readonly ChunkLogRecord[]): void {
    if (records.length === 0) return;
    appendFileSync(this.path, records.map((record) => `${encodeRecord(record)}\n`).join(''));
  }

  rewrite(documents: readonly DocumentChunks[]): void {
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, documents.map((doc) => `${encodeRecord({ op: 'put', ...doc })}\n`).join(''));
    renameSync(temporary, this.path);
  }
}

function encodeRecord(record: ChunkLogRecord): string {
  if (record.op !== 'put') return JSON.stringify(record);
  return JSON.stringify({ ...record, chunks: record.chunks.map((chunk) => ({ ...chunk, vector: encodeVector(chunk.vector) })) });
}

function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

function decodeChunk(chunk: StoredChunk): IndexedChunk {
  const bytes = Buffer.from(chunk.vector, 'base64');
  const vector = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(vector.buffer).set(bytes);
  return { ...chunk, vector };
}
