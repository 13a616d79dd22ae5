// Rank statistics the ranking's measurement scripts share (scripts/rank-signals.ts, scripts/tune-buckets.ts).

/**
 * The chance that a randomly drawn kept value outranks a randomly drawn dropped one (ties count half): the
 * Mann–Whitney AUC. 0.5 is no signal; below 0.5 the signal is higher on the dropped. NaN when either side is empty.
 */
export function auc(kept: readonly number[], dropped: readonly number[]): number {
  if (kept.length === 0 || dropped.length === 0) return Number.NaN;
  // Sorted merge rather than all pairs: the source test compares thousands of articles with thousands.
  const all = [...kept.map((v) => ({ v, k: 1 })), ...dropped.map((v) => ({ v, k: 0 }))].sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const mid = (i + 1 + j) / 2; // mean 1-based rank of the tied run
    for (let t = i; t < j; t++) if (all[t]!.k === 1) rankSum += mid;
    i = j;
  }
  return (rankSum - (kept.length * (kept.length + 1)) / 2) / (kept.length * dropped.length);
}

/** The mean over articles of the within-article AUC of `values` for `labels`; articles with one class only are left out. */
export function withinAuc(articles: readonly { values: readonly number[]; labels: readonly boolean[] }[]): number {
  let sum = 0;
  let n = 0;
  for (const { values, labels } of articles) {
    const a = auc(values.filter((_, i) => labels[i]), values.filter((_, i) => !labels[i]));
    if (Number.isNaN(a)) continue;
    sum += a;
    n++;
  }
  return n > 0 ? sum / n : Number.NaN;
}
