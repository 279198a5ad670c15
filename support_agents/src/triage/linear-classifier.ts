import type { SparseVector } from '../text/sparse-vector.js';
import { seededRandom, shuffleInPlace } from '@support-graph/runtime';

export interface LinearClassifierOptions {
  /** Inverse regularisation strength of each one-vs-rest L2-loss SVM. Default 1. */
  c?: number;
  /** Stop a class when the projected-gradient spread falls below this. Default 0.1 (LIBLINEAR's default). */
  tolerance?: number;
  /** Upper bound on passes over the data per class. Default 60. */
  maxEpochs?: number;
  /** Seed of the example order. Default 1. */
  seed?: number;
}

/** The JSON form of a trained classifier; weights are little-endian float32, feature-major, base64. */
export interface LinearClassifierJson {
  kind: 'linear-ovr-svm';
  labels: string[];
  dimension: number;
  weights: string;
}

/**
 * One-vs-rest linear SVMs (L2-regularised squared hinge loss, with a bias feature) trained by dual
 * coordinate descent with shrinking (Hsieh et al. 2008, as in LIBLINEAR). Weights are stored
 * feature-major so scoring a sparse vector reads each feature's class weights contiguously.
 */
export class LinearClassifier {
  private constructor(
    readonly labels: readonly string[],
    readonly dimension: number,
    /** (dimension + 1) × labels.length; the last row is the bias. */
    private readonly weights: Float32Array,
  ) {}

  static train(
    vectors: readonly SparseVector[],
    labels: readonly string[],
    dimension: number,
    options: LinearClassifierOptions = {},
  ): LinearClassifier {
    const classes = [...new Set(labels)].sort();
    const classOf = new Map(classes.map((label, i) => [label, i]));
    const targets = Int32Array.from(labels, (label) => classOf.get(label)!);
    const weights = new Float32Array((dimension + 1) * classes.length);
    const classWeights = new Float64Array(dimension + 1);
    for (let c = 0; c < classes.length; c += 1) {
      trainBinary(vectors, targets, c, dimension, classWeights, options);
      for (let f = 0; f <= dimension; f += 1) weights[f * classes.length + c] = classWeights[f]!;
    }
    return new LinearClassifier(classes, dimension, weights);
  }

  static fromJSON(json: LinearClassifierJson): LinearClassifier {
    const bytes = Buffer.from(json.weights, 'base64');
    const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return new LinearClassifier(json.labels, json.dimension, weights);
  }

  /** Writes one decision value per label (in `labels` order) into `out`, which it returns. */
  scores(vector: SparseVector, out = new Float64Array(this.labels.length)): Float64Array {
    const classCount = this.labels.length;
    const biasRow = this.dimension * classCount;
    for (let c = 0; c < classCount; c += 1) out[c] = this.weights[biasRow + c]!;
    const { indices, values } = vector;
    for (let i = 0; i < indices.length; i += 1) {
      const row = indices[i]! * classCount;
      const value = values[i]!;
      for (let c = 0; c < classCount; c += 1) out[c]! += value * this.weights[row + c]!;
    }
    return out;
  }

  toJSON(): LinearClassifierJson {
    const bytes = Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength);
    return { kind: 'linear-ovr-svm', labels: [...this.labels], dimension: this.dimension, weights: bytes.toString('base64') };
  }
}

/** Dual coordinate descent for class `positive` against all others; leaves the weights (bias last) in `w`. */
function trainBinary(
  vectors: readonly SparseVector[],
  targets: Int32Array,
  positive: number,
  dimension: number,
  w: Float64Array,
  options: LinearClassifierOptions,
): void {
  const { c = 1, tolerance = 0.1, maxEpochs = 60, seed = 1 } = options;
  const count = vectors.length;
  const diagonal = 0.5 / c;
  const alpha = new Float64Array(count);
  const qii = new Float64Array(count);
  const y = new Int8Array(count);
  for (let i = 0; i < count; i += 1) {
    let squared = 1; // the bias feature
    for (const v of vectors[i]!.values) squared += v * v;
    qii[i] = squared + diagonal;
    y[i] = targets[i] === positive ? 1 : -1;
  }
  w.fill(0);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(seed + positive);
  let active = count;
  let maxOld = Infinity;
  for (let epoch = 0; epoch < maxEpochs; epoch += 1) {
    let maxNew = -Infinity;
    let minNew = Infinity;
    shuffleInPlace(order.subarray(0, active), random);
    for (let s = 0; s < active; s += 1) {
      const i = order[s]!;
      const { indices, values } = vectors[i]!;
      const yi = y[i]!;
      let margin = w[dimension]!;
      for (let k = 0; k < indices.length; k += 1) margin += w[indices[k]!]! * values[k]!;
      const gradient = yi * margin - 1 + diagonal * alpha[i]!;
      let projected = gradient;
      if (alpha[i] === 0) {
        if (gradient > maxOld) {
          active -= 1;
          order[s] = order[active]!;
          order[active] = i;
          s -= 1;
          continue;
        }
        if (gradient > 0) projected = 0;
      }
      if (projected > maxNew) maxNew = projected;
      if (projected < minNew) minNew = projected;
      if (Math.abs(projected) > 1e-12) {
        const previous = alpha[i]!;
        alpha[i] = Math.max(previous - gradient / qii[i]!, 0);
        const step = (alpha[i]! - previous) * yi;
        for (let k = 0; k < indices.length; k += 1) w[indices[k]!]! += step * values[k]!;
        w[dimension]! += step;
      }
    }
    if (maxNew - minNew <= tolerance) {
      if (active === count) return;
      active = count;
      maxOld = Infinity;
      continue;
    }
    maxOld = maxNew <= 0 ? Infinity : maxNew;
  }
}
