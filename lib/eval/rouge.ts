import { stemmer } from "stemmer";

/** Precision, recall and F1 of one ROUGE variant, as fractions in [0, 1]. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  /** Summary-level LCS over newline-separated sentences (rouge-score's `rougeLsum`, ROUGE-1.5.5's ROUGE-L). */
  rougeLsum: RougeScore;
}

/**
 * Tokenises the way Google's rouge-score does: lowercase, anything but [a-z0-9] is a separator,
 * and tokens longer than three characters are Porter-stemmed.
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((t) => t !== "")
    .map((t) => (t.length > 3 ? stemmer(t) : t));
}

function counts(grams: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const g of grams) map.set(g, (map.get(g) ?? 0) + 1);
  return map;
}

function ngrams(tokens: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(" "));
  return out;
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const c = counts(ngrams(candidate, n));
  const r = counts(ngrams(reference, n));
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) space. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Indices into `a` (a reference sentence) of one longest common subsequence with `b` (a candidate sentence). On a tie
 * it backs up `a`, as rouge-score's `_backtrack_norec` and ROUGE-1.5.5's `lcs_inner` do: of several LCS it picks the
 * one theirs pick, and ROUGE-Lsum's union of them counts the same reference tokens.
 */
function lcsIndices(a: readonly string[], b: readonly string[]): number[] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  const out: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;
    else j--;
  }
  return out.reverse();
}

function rougeLsum(candidate: string, reference: string): RougeScore {
  const cand = candidate.split("\n").map(rougeTokens).filter((t) => t.length > 0);
  const refs = reference.split("\n").map(rougeTokens).filter((t) => t.length > 0);
  const candCounts = counts(cand.flat());
  const refCounts = counts(refs.flat());
  let hits = 0;
  for (const r of refs) {
    const union = new Set<number>();
    for (const c of cand) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((x, y) => x - y)) {
      const token = r[i]!;
      if ((candCounts.get(token) ?? 0) > 0 && (refCounts.get(token) ?? 0) > 0) {
        hits++;
        candCounts.set(token, candCounts.get(token)! - 1);
        refCounts.set(token, refCounts.get(token)! - 1);
      }
    }
  }
  return score(hits, cand.flat().length, refs.flat().length);
}

/** ROUGE-1, ROUGE-2, ROUGE-L (the summary as one sequence, rouge-score's `rougeL`) and ROUGE-Lsum. Pass sentences separated by newlines. */
export function rouge(candidate: string, reference: string): RougeScores {
  return { ...rougeOfTokens(rougeTokens(candidate), rougeTokens(reference)), rougeLsum: rougeLsum(candidate, reference) };
}

/**
 * ROUGE-1, -2 and -L of already tokenised texts: what the tuner needs for thousands of candidate summaries of one
 * article, whose sentences and reference it tokenises once.
 */
export function rougeOfTokens(candidate: readonly string[], reference: readonly string[]): Omit<RougeScores, "rougeLsum"> {
  return {
    rouge1: rougeN(candidate, reference, 1),
    rouge2: rougeN(candidate, reference, 2),
    rougeL: score(lcsLength(candidate, reference), candidate.length, reference.length),
  };
}
