/** A sparse feature vector: parallel arrays of feature indices and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Turns a text into a sparse vector in a fixed feature space of `dimension` features. */
export interface TextVectorizer {
  readonly dimension: number;
  vectorize(text: string): SparseVector;
}
