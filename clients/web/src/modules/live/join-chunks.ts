/** A piece of a streamed text (a reply draft, a playground try): `seq` 0, 1, 2… */
export interface TextChunk {
  readonly seq: number;
  readonly delta: string;
  /** The last chunk of the stream. */
  readonly done: boolean;
}

/** Joins chunks in `seq` order, whatever order they arrived in, ignoring repeats. */
export function joinChunks(chunks: readonly TextChunk[]): string {
  const bySeq = new Map(chunks.map((chunk) => [chunk.seq, chunk.delta]));
  return [...bySeq.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, delta]) => delta)
    .join('');
}
