/**
 * Paired bootstrap for a difference of means: resample articles with replacement and read the 2.5th and 97.5th
 * percentiles of the mean difference. The generator is seeded (mulberry32), so a report is reproducible bit for bit;
 * this is evaluation, never ranking.
 */
export interface Interval {
  /** Mean difference over all articles, in ROUGE points. */
  mean: number;
  low: number;
  high: number;
}

export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20261130;

/** mulberry32: a tiny seeded generator (never Math.random), uniform in [0, 1); scripts/duplicate-rewrites.ts uses it too. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** 95% interval of mean(differences); `differences` are per-article, in the units reported (percent points). */
export function pairedBootstrap(differences: readonly number[], resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED): Interval {
  const n = differences.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += differences[Math.floor(random() * n)]!;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
  const mean = differences.reduce((a, b) => a + b, 0) / n;
  return { mean: round2(mean), low: round2(at(0.025)), high: round2(at(0.975)) };
}
