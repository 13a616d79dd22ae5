import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { SPORTS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A split of a whole in two: "a 70-30 per cent split with the label", "handed 55-45 per cent of the takings", "split
// the profits 70-30", "a 70/30 split". Two shares that add up to a hundred, joined by a hyphen, slash or colon, were
// read as a score (or a date, or a time) and never reached the card. They are one figure, the first share a percent,
// labelled as the split it is. What says so: a "split" or "share" noun after them, a verb of dividing just before
// them ("split the profits 70-30"), or "per cent" after a falling pair ("55-45 per cent": a rising pair, "40-60 per
// cent", is a range). "50-50" alone is an idiom of chances ("a 50-50 call") and needs the noun or the verb.

/** Marks between the two shares. */
const JOINERS = new Set(["-", "–", "/", ":"]);
/** Nouns a split is said with after its shares. */
const SPLIT_NOUNS = new Set(["split", "splits", "share", "sharing", "division", "ratio", "carve-up"]);
/** Verbs of dividing whose object or result the shares are: "split the profits 70-30", "divided 60/40". */
const SPLIT_VERBS = new Set(["split", "splits", "splitting", "divide", "divides", "divided", "dividing", "shared", "share", "shares"]);

/** Nouns of a result the pair is the score of, whatever verb is near: "the two sides shared a 58-42 win". */
const RESULTS = new Set(["win", "wins", "victory", "defeat", "loss", "draw", "scoreline", "result", "lead", "vote"]);

/** A whole share from 1 to 99 in digits. */
function shareAt(t: Tok | undefined): number | undefined {
  if (t?.kind !== NUM || !/^\d{1,2}$/.test(t.s)) return undefined;
  const v = Number(t.s);
  return v >= 1 && v <= 99 ? v : undefined;
}

/** Where "per cent" or "%" right after k ends, or k. */
function pastPercent(toks: readonly Tok[], k: number): number {
  if (toks[k]?.s === "%") return k + 1;
  if (isWord(toks[k], "per") && isWord(toks[k + 1], "cent")) return k + 2;
  return isWord(toks[k], "percent") ? k + 1 : k;
}

/** What the split divides: "of the takings" or a dividing verb's object ("split the profits"), a few words. */
function splitOf(toks: readonly Tok[], from: number, to: number): string {
  const k = pastDeterminers(toks, from);
  const end = forwardNP(toks, k);
  return end > k ? phrase(toks, k, Math.min(end, to, k + 3)) : "";
}

/** The split starting at token i, read as one figure, if two shares adding to a hundred are said to be one. */
export function readSplit(toks: readonly Tok[], i: number): { raw: Raw; next: number } | undefined {
  const a = shareAt(toks[i]);
  const sep = toks[i + 1];
  const b = shareAt(toks[i + 2]);
  if (a === undefined || b === undefined || a + b !== 100 || sep === undefined || !JOINERS.has(sep.s)) return undefined;
  if (!adjacent(toks[i], sep) || !adjacent(sep, toks[i + 2])) return undefined;
  if ([-3, -2, -1].some((d) => SPORTS.has(toks[i + d]?.l ?? ""))) return undefined;
  const end = pastPercent(toks, i + 3);
  const percent = end > i + 3;
  const noun = toks[end];
  const named = isWord(noun) && SPLIT_NOUNS.has(noun.l);
  if (isWord(noun) && RESULTS.has(noun.l)) return undefined;
  // The dividing verb up to four words back, its object between ("split the profits 70-30", "divided it 60/40").
  // Stepped back by index, not `[1, 2, 3, 4].map(…).find(…)`: that array, met late, undid this reader's compiled code.
  let verbAt: number | undefined;
  for (let k = i - 1; k >= i - 4 && verbAt === undefined; k--) if (isWord(toks[k]) && SPLIT_VERBS.has(toks[k]!.l)) verbAt = k;
  // "Turnout dropped from 65-35 per cent": "from" and "between" are where a range is written "N-M", so a falling pair
  // there with only "per cent" after it is no evidence of a split (a split's noun or dividing verb still is). Left as
  // the reader had it, off the card: a garbled range carded as '65% — split' of turnout would say something false.
  const ranged = isWord(toks[i - 1], "from") || isWord(toks[i - 1], "between");
  if (!named && verbAt === undefined && (!(percent && a > b) || ranged)) return undefined;
  let of: string | undefined;
  let by = "of";
  if (named && isWord(toks[end + 1], "of")) of = splitOf(toks, end + 2, toks.length);
  else if (named && (isWord(toks[end + 1], "with") || isWord(toks[end + 1], "between"))) [by, of] = [toks[end + 1]!.l, splitOf(toks, end + 2, toks.length)];
  else if (!named && verbAt !== undefined && verbAt + 1 < i) of = splitOf(toks, verbAt + 1, i);
  else if (!named && isWord(toks[end], "of")) of = splitOf(toks, end + 1, toks.length);
  const label = of === undefined || of === "" ? "split" : `split ${by} ${of}`;
  const next = named ? end + 1 : end;
  const raw = wholeFigure(toks, i, end, { value: a, label, kind: "percent", type: "percent", percent: true });
  raw.words = false;
  return { raw, next };
}
