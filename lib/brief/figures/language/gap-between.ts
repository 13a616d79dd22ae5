import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { ARTICLES, MONTHS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// A difference said as "the gap between X and Y" (or "between what Sweden sold and bought") is what its amount is:
// read back from the copula, the noun phrase before the amount is only Y ('imports'), or nothing where Y is a verb,
// and a label came from elsewhere ('£2.4bn — May's', the earlier level's owner; card audit 43, sample AK's shape 12).
// A noun other than a difference's before "between X and Y" is the subject too ("Trade between Sweden and Norway").
// The subject runs from the difference noun through both ends of its "between … and"; a difference between what was
// sold and what was bought is a trade gap, said in two words where the subject would run past a label's six.

/** Nouns that name the difference between two things. */
const GAP_NOUNS = new Set(
  ["difference", "gap", "shortfall", "balance", "margin", "spread", "disparity", "deficit", "surplus"],
);

/** How many words "between X and Y" may hold before its copula: "between what Sweden sold and bought" is five. */
const BETWEEN_REACH = 10;

/** Determiners and owners a difference noun may stand after: "the gap", "Sweden's trade gap". */
const OPENERS = new Set(["the", "a", "this", "that", "its", "their"]);

/** The sale and purchase sides of a trade: a difference between one of each is a trade gap. */
const SOLD = new Set(["sold", "sells", "sell", "exports", "exported", "export"]);
const BOUGHT = new Set(["bought", "buys", "buy", "imports", "imported", "import"]);

/**
 * Whether a word of `words` stands among the tokens [from, to): at module level, not a closure made at each call, whose
 * call met as a new function in the bench's timed passes undid gapBetween's compiled code (speed57).
 */
function side(toks: readonly Tok[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(toks[k]!.l)) return true;
  return false;
}

/**
 * The label of the subject "the difference between X and Y" ending at `j` (the copula's index), else undefined:
 * "between" right after a difference noun, an "and" after it, and words only up to `j`.
 */
export function gapBetween(toks: readonly Tok[], j: number): string | undefined {
  let and = -1;
  for (let k = j - 1; k > 0 && j - k <= BETWEEN_REACH; k--) {
    const t = toks[k];
    if (t === undefined || t.kind !== WORD) return undefined;
    if (t.l === "and") and = k;
    if (t.l !== "between") continue;
    const noun = toks[k - 1]?.l ?? "";
    const gap = GAP_NOUNS.has(noun);
    // "The difference between the two bids was £3m": a difference between two of a kind said as one plural.
    if (and < 0) return gap ? pairGap(toks, k, j) : undefined;
    // "Sales between January and March were £2.4bn": a window of time, said of the subject, is read as before.
    if (MONTHS.has(toks[k + 1]?.l ?? "")) return undefined;
    const trade =
      (side(toks, k + 1, and, SOLD) && side(toks, and + 1, j, BOUGHT)) || (side(toks, k + 1, and, BOUGHT) && side(toks, and + 1, j, SOLD));
    if (gap && trade) {
      return `trade ${noun === "difference" ? "gap" : noun}`;
    }
    // "Trade between Sweden and Norway was £2.4bn": another noun's phrase is read back as any subject is.
    const pos = toks[k - 1]?.pos;
    const named = pos === "NOUN" || pos === "PROPN" ? backNP(toks, k) : undefined;
    const head: readonly [number, number] | undefined = gap ? [ownWords(toks, k - 1), k] : named;
    if (head === undefined) return undefined;
    // Over a label's six words its articles go first: "gap between the richest and poorest councils" → … richest ….
    let words = phrase(toks, head[0], j).split(" ");
    if (words.length > MAX_LABEL_WORDS) words = words.filter((w) => !ARTICLES.has(w.toLowerCase()));
    // Past six words still, another noun is named without its ends ("trade"); a difference says nothing without them.
    return words.length <= MAX_LABEL_WORDS || gap ? words.join(" ") : phrase(toks, head[0], head[1]);
  }
  return undefined;
}

/** How far before its "and" a pair's "between" may stand: "between the very rich and poor". */
const PAIR_REACH = 4;

/**
 * Whether the adjective at `a` is the second end of a pair "between X and Y": "The gap between rich and poor grew to
 * 12%". An adjective before an amount's link words is read as their complement ("is very high at") and stepped over,
 * which cut the pair at its "and" ('gap between rich'); a pair's end is a noun's, however the tagger calls it.
 */
export function pairEnd(toks: readonly Tok[], a: number): boolean {
  if (!isWord(toks[a - 1], "and") && !isWord(toks[a - 1], "or")) return false;
  for (let k = a - 2; k >= 0 && a - 1 - k <= PAIR_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (t.l === "between") return true;
  }
  return false;
}

/** Words that count the two ends of a difference said as one plural: "the two bids", "both sides". */
const PAIR_WORDS = new Set(["two", "both"]);

/**
 * The label of "the difference between the two bids" ("between" at `b`, the copula at `j`): the difference noun's
 * phrase and the plural it lies between, without its article or count ('difference between bids'); else undefined.
 */
function pairGap(toks: readonly Tok[], b: number, j: number): string | undefined {
  let from = b + 1;
  if (ARTICLES.has(toks[from]?.l ?? "")) from++;
  if (PAIR_WORDS.has(toks[from]?.l ?? "")) from++;
  const ends = toks.slice(from, j);
  const last = ends[ends.length - 1];
  // Only a plural of nouns and adjectives ("the two rival bids"): "the gap between them" names nothing.
  if (ends.length === 0 || ends.length > 3 || last?.pos !== "NOUN" || !last.l.endsWith("s")) return undefined;
  if (!ends.every((w) => w.pos === "NOUN" || w.pos === "ADJ")) return undefined;
  return `${phrase(toks, ownWords(toks, b - 1), b)} between ${phrase(toks, from, j)}`;
}

/** Where a difference noun's phrase starts: its own words before it, not past its determiner ("Sweden's trade gap"). */
function ownWords(toks: readonly Tok[], noun: number): number {
  let start = noun;
  while (start > 0 && !OPENERS.has(toks[start - 1]?.l ?? "") && modifier(toks[start - 1])) start--;
  return start;
}

/** A word that may modify a difference noun: a noun or adjective ("trade gap", "widening gap"), an owner. */
const modifier = (t: Tok | undefined): boolean =>
  isWord(t) && (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN" || t.l.endsWith("'s"));
