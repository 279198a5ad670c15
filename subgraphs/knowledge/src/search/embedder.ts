/**
 * Port: turns texts into unit-length vectors. Documents and queries go through the same call;
 * `modelId` is stored with every vector so a model change is noticed and content re-embedded.
 */
export interface Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}
