// Wire duplicates: the same story filed by several agencies, or refiled as a new version with a new headline (and so a
// new id), must appear once in a digest. Similarity is MinHash over word shingles: deterministic (fixed seeds, 32-bit
// integer arithmetic only, so every platform gets the same bits), cheap per pair (128 comparisons), and robust to the
// edits wires make — paragraphs reordered, the story trimmed, a paragraph added, the headline reworded.

/** Words per shingle. Three keeps "the same sentence" apart from "the same topic" (shared names and places). */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature: the estimate's standard error is at most 0.5/√128 ≈ 0.044. */
export const SIGNATURE_SIZE = 128;
/** Words of a story's opening (headline and lead) compared on their own: see `leadOverlap`. */
export const LEAD_WORDS = 60;

/**
 * When two stories are one. Chosen by `scripts/duplicate-pairs.ts` on the tuning half of the labelled pairs built
 * from the dev sets (test/fixtures/duplicate-pairs.json.gz); see README "Wire duplicates".
 * - `body`: the estimated share of the shorter story's shingles the other also has.
 * - `lead`: the share of each opening found in the other story, the lower of the two. A follow-up story repeats
 *   the first story's background paragraphs (body overlap up to ~0.6 in the BBC set) but opens with new news; a
 *   refiled or re-edited copy keeps its opening.
 * - `sure`: a body overlap so high that the openings need no check.
 */
export interface DuplicateThresholds {
  body: number;
  lead: number;
  sure: number;
}
export const DUPLICATE_THRESHOLDS: DuplicateThresholds = { body: 0.15, lead: 0.25, sure: 0.95 };

export interface DuplicateText {
  headline: string;
  paragraphs: readonly string[];
}

export interface Fingerprint {
  /** Minimum of each seeded hash over the shingles; all 0xffffffff for a text with no words. */
  signature: Uint32Array;
  /** Distinct shingles: with the signature's Jaccard estimate it gives the overlap's size. */
  shingles: number;
  /** Every shingle's hash, sorted and distinct: lets an opening be looked up in the whole of another story. */
  hashes: Uint32Array;
  /** The hashes of the opening's shingles (headline and the first LEAD_WORDS words), distinct. */
  lead: Uint32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercased, accent-folded words: "Économie" and "economie" are one word, punctuation and quotes are not words. */
export function words(text: string): string[] {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? [];
}

/** FNV-1a over UTF-16 code units: a fixed, platform-free 32-bit hash of a shingle. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: mixes a shingle hash with a seed into one of the signature's hash functions. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Fixed seeds from a linear congruential sequence (Numerical Recipes' constants): the same on every run and machine.
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let s = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    seeds[i] = s;
  }
  return seeds;
})();

/** The distinct word shingles of a text; a text shorter than a shingle is one shingle of all its words. */
export function shingles(tokens: readonly string[], size: number = SHINGLE_WORDS): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.add(tokens.join(" "));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(" "));
  return out;
}

/** The story's fingerprint: headline and body together, so a reworded headline moves it only a little. */
export function fingerprint(text: DuplicateText): Fingerprint {
  const headline = words(text.headline);
  const body = words(text.paragraphs.join(" "));
  const set = shingles([...headline, ...body]);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const hashes = new Set<number>();
  for (const shingle of set) {
    const x = fnv1a(shingle);
    hashes.add(x);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(x, SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  const lead = new Set([...shingles([...headline, ...body.slice(0, LEAD_WORDS)])].map(fnv1a));
  return { signature, shingles: set.size, hashes: Uint32Array.from(hashes).sort(), lead: Uint32Array.from(lead).sort() };
}

function has(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function leadFound(lead: Uint32Array, other: Uint32Array): number {
  if (lead.length === 0) return 0;
  let found = 0;
  for (const x of lead) if (has(other, x)) found++;
  return found / lead.length;
}

/** How much of each story's opening the other story has: the lower of the two shares, in [0, 1]. */
export function leadOverlap(a: Fingerprint, b: Fingerprint): number {
  return Math.round(Math.min(leadFound(a.lead, b.hashes), leadFound(b.lead, a.hashes)) * 1e6) / 1e6;
}

/** Estimated Jaccard similarity: the share of hash functions whose minima agree. */
export function jaccard(a: Fingerprint, b: Fingerprint): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.signature[i] === b.signature[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * Estimated share of the shorter story's shingles found in the longer one (containment). Jaccard alone would call a
 * trimmed wire version "different" from the full story; containment does not. |A∩B| = J·(|A|+|B|)/(1+J).
 */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  const j = jaccard(a, b);
  if (j === 0) return 0;
  const overlap = (j * (a.shingles + b.shingles)) / (1 + j);
  return Math.min(1, Math.round((overlap / Math.min(a.shingles, b.shingles)) * 1e6) / 1e6);
}

/**
 * Shared shingles two stories need before a share of them means anything: two two-line items ("Tie same time, later
 * id") share a third of their few shingles by chance. Shorter stories must match whole.
 */
export const MIN_SHARED_SHINGLES = 10;

/** What the decision reads from a pair of fingerprints. */
export interface PairFeatures {
  /** `similarity`: estimated share of the shorter story's shingles in the other. */
  body: number;
  /** `leadOverlap`. */
  lead: number;
  /** Exact count of shared shingles, and the smaller story's count. */
  shared: number;
  smaller: number;
}

export function pairFeatures(a: Fingerprint, b: Fingerprint): PairFeatures {
  let shared = 0;
  for (const x of a.hashes) if (has(b.hashes, x)) shared++;
  return { body: similarity(a, b), lead: leadOverlap(a, b), shared, smaller: Math.min(a.shingles, b.shingles) };
}

/** The rule, apart from the fingerprints, so the labelled-pair scripts score exactly what the digest decides. */
export function decide(f: PairFeatures, t: DuplicateThresholds = DUPLICATE_THRESHOLDS): boolean {
  if (f.shared < Math.min(MIN_SHARED_SHINGLES, f.smaller) || f.smaller === 0) return false;
  if (f.body >= t.sure) return true;
  return f.body >= t.body && f.lead >= t.lead;
}

export function isDuplicate(a: Fingerprint, b: Fingerprint, thresholds: DuplicateThresholds = DUPLICATE_THRESHOLDS): boolean {
  // The signature comparison is the cheap screen: most pairs in a day's digest share nothing.
  if (similarity(a, b) < Math.min(thresholds.sure, thresholds.body)) return false;
  return decide(pairFeatures(a, b), thresholds);
}

/**
 * Groups items whose stories are duplicates, keeping the caller's order: each group is led by its first item (the
 * caller passes them best first), and an item joins the first group whose leader it duplicates. Comparing with the
 * leader only, not with every member, keeps a chain of loosely similar stories (A~B, B~C, A≁C) from merging into one.
 */
export function groupDuplicates<T>(
  items: readonly T[],
  text: (item: T) => DuplicateText,
  thresholds: DuplicateThresholds = DUPLICATE_THRESHOLDS,
): T[][] {
  const groups: { leader: Fingerprint; members: T[] }[] = [];
  for (const item of items) {
    const print = fingerprint(text(item));
    const group = groups.find((g) => isDuplicate(g.leader, print, thresholds));
    if (group) group.members.push(item);
    else groups.push({ leader: print, members: [item] });
  }
  return groups.map((g) => g.members);
}
