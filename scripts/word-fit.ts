// Fitting the word-importance model (lib/brief/word-importance.ts): logistic regression by Newton's method over the
// words of a set of articles. Deterministic: a fixed number of steps over the rows in the order given, no randomness,
// so the same articles give the same coefficients on every machine.
import { FEATURE_COUNT, WORD_FEATURES, type ArticleWords, type WordFeature, type WordModel } from "#brief/word-importance.ts";

/** One article's words and, for each, 1 when the reference holds it. */
export interface LabelledWords {
  words: ArticleWords;
  labels: Uint8Array;
  /** How much this article's words count in the fit (1 when absent). */
  weight?: number;
}

export interface FitOptions {
  /** Newton steps (fixed: the fit does not stop on a tolerance, so its last bits do not depend on one). */
  steps?: number;
  /** L2 penalty on the standardised weights (not the bias): keeps a constant or collinear feature from diverging. */
  ridge?: number;
  /** Features held at 0 (a model without them). */
  without?: readonly WordFeature[];
}

/** Solves a·x = b by Gaussian elimination with partial pivoting (a is small and symmetric positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** Mean log-loss of a model over the words (for the fit's own report). */
export function logLoss(model: WordModel, articles: readonly LabelledWords[]): number {
  let loss = 0;
  let n = 0;
  for (const { words, labels } of articles) {
    for (let id = 0; id < labels.length; id++) {
      let z = model.bias;
      WORD_FEATURES.forEach((f, k) => (z += model.weights[f] * words.features[id * FEATURE_COUNT + k]!));
      const p = Math.min(1 - 1e-12, Math.max(1e-12, 1 / (1 + Math.exp(-z))));
      loss -= labels[id] ? Math.log(p) : Math.log(1 - p);
      n++;
    }
  }
  return n > 0 ? loss / n : 0;
}

/** Rows of `d` features (row-major) with a 0/1 label each, and how much each row counts in the fit (1 when absent). */
export interface LogisticBlock {
  features: Float64Array;
  labels: Uint8Array;
  weight?: number;
}

/** A fitted logistic model on raw features: p = σ(bias + Σ weights[k] × x[k]). */
export interface LogisticFit {
  bias: number;
  weights: number[];
}

/**
 * Logistic regression by Newton's method over blocks of rows (the word model's articles, the sentence model's): features
 * standardised (mean 0, sd 1 over the rows, unweighted) so one ridge suits all, Newton steps from zero, then the weights
 * mapped back to raw features. Features in `without` (column indices) and constant ones get weight 0.
 */
export function fitLogistic(blocks: readonly LogisticBlock[], d: number, { steps = 12, ridge = 1, without = [] as readonly number[] } = {}): LogisticFit {
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  let n = 0;
  for (const { labels, features } of blocks) {
    for (let r = 0; r < labels.length; r++, n++) {
      for (let k = 0; k < d; k++) mean[k]! += features[r * d + k]!;
    }
  }
  for (let k = 0; k < d; k++) mean[k] = n > 0 ? mean[k]! / n : 0;
  for (const { labels, features } of blocks) {
    for (let r = 0; r < labels.length; r++) for (let k = 0; k < d; k++) sq[k]! += (features[r * d + k]! - mean[k]!) ** 2;
  }
  // A constant feature (or one left out) gets weight 0 rather than a division by zero.
  const used = Array.from({ length: d }, (_, k) => !without.includes(k) && sq[k]! > 0);
  const sd = sq.map((s, k) => (used[k] ? Math.sqrt(s / n) : 1));
  const beta = new Array<number>(d + 1).fill(0); // [bias, w0 … w(d-1)] over standardised features
  const z = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < steps; step++) {
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    const g = new Array<number>(d + 1).fill(0);
    for (const { features, labels, weight = 1 } of blocks) {
      for (let r = 0; r < labels.length; r++) {
        z[0] = 1;
        for (let k = 0; k < d; k++) z[k + 1] = used[k] ? (features[r * d + k]! - mean[k]!) / sd[k]! : 0;
        let eta = 0;
        for (let k = 0; k <= d; k++) eta += beta[k]! * z[k]!;
        const p = 1 / (1 + Math.exp(-eta));
        // × weight is exact for weight 1: the word model's bits do not depend on the weighting being there.
        const wgt = p * (1 - p) * weight;
        const err = (labels[r]! - p) * weight;
        for (let i = 0; i <= d; i++) {
          if (z[i] === 0) continue;
          g[i]! += err * z[i]!;
          const hi = h[i]!;
          const wz = wgt * z[i]!;
          for (let j = i; j <= d; j++) hi[j]! += wz * z[j]!;
        }
      }
    }
    for (let i = 0; i <= d; i++) {
      for (let j = 0; j < i; j++) h[i]![j] = h[j]![i]!;
      if (i > 0) {
        h[i]![i]! += ridge;
        g[i]! -= ridge * beta[i]!;
      }
    }
    const delta = solve(h, g);
    for (let i = 0; i <= d; i++) beta[i]! += delta[i]!;
  }
  let bias = beta[0]!;
  const weights = Array.from({ length: d }, (_, k) => (used[k] ? beta[k + 1]! / sd[k]! : 0));
  for (let k = 0; k < d; k++) bias -= weights[k]! * mean[k]!;
  return { bias, weights };
}

/** Fits p(word in reference) = σ(bias + Σ w·x) on every word of the articles (fitLogistic over their word rows). */
export function fitWordModel(articles: readonly LabelledWords[], { steps = 12, ridge = 1, without = [] }: FitOptions = {}): WordModel {
  const blocks = articles.map(({ words, labels, weight }) => ({ features: words.features, labels, ...(weight === undefined ? {} : { weight }) }));
  const fitted = fitLogistic(blocks, FEATURE_COUNT, { steps, ridge, without: without.map((f) => WORD_FEATURES.indexOf(f)) });
  const weights = Object.fromEntries(WORD_FEATURES.map((f, k) => [f, fitted.weights[k]!])) as Record<WordFeature, number>;
  return { bias: fitted.bias, weights };
}
