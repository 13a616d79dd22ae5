import { DETERMINERS, MONTHS, POSSESSIVES, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { CUR, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// Where an old level of "from X to Y" says its "from", and the time said after it. "its ratings slumped from a peak of
// seven million to just 1.5 million", "its audience dwindled from a peak of four million in the early 1980s to about
// 1.2 million": the old level is named as a peak (or a high, a low, a record) and dated by a decade, so link.ts, which
// looked for "from" right before the amount and a year or a month after it, left both amounts unlinked and labelled
// by 'peak', 'early' and 's' (the 38th sweep's largest label shape: an amount whose noun is its clause's subject).

/** What an old level may be named as between "from" and its amount: "from a peak of", "from its record high of". */
const LEVEL_NOUNS = new Set(["peak", "high", "low", "record", "level", "height", "figure"]);

/** The token of the "from" that opens an old level at `s` ("from 5%", "from a peak of 5%"), or -1. */
export function levelFrom(toks: readonly Tok[], s: number): number {
  if (isWord(toks[s - 1], "from")) return s - 1;
  // "cut its forecast from the 3.1% given in June to 1.9%", "from their 12% of last year": the old level is one the
  // story has in mind, so it takes "the" or an owner's word; the new level must still follow "to" (link.ts).
  if ((isWord(toks[s - 1], "the") || POSSESSIVES.has(toks[s - 1]?.l ?? "")) && isWord(toks[s - 2], "from")) return s - 2;
  // "from a record 40,000": the level's noun said before its amount.
  if (LEVEL_NOUNS.has(toks[s - 1]?.l ?? "") && DETERMINERS.has(toks[s - 2]?.l ?? "") && isWord(toks[s - 3], "from")) return s - 3;
  if (!isWord(toks[s - 1], "of") || !LEVEL_NOUNS.has(toks[s - 2]?.l ?? "")) return -1;
  // "a peak of", "its all-time high of", "a record high of": a describing word may stand before the level's noun.
  for (let k = s - 3; k >= 0 && s - k <= 5; k--) {
    if (isWord(toks[k], "from")) return DETERMINERS.has(toks[k + 1]?.l ?? "") || toks[k + 1]?.pos === "PRON" ? k : -1;
  }
  return -1;
}

/** Tokens a decade takes after "in" ("in the 1980s", "in the early 1980s", "in the mid-1990s"), or 0. */
function decadeAt(toks: readonly Tok[], k: number): number {
  if (!isWord(toks[k], "in") || !isWord(toks[k + 1], "the")) return 0;
  let d = k + 2;
  if (isWord(toks[d], "early") || isWord(toks[d], "late")) d++;
  else if (isWord(toks[d], "mid") && toks[d + 1]?.s === "-") d += 2;
  const t = toks[d];
  return t?.kind === NUM && /^1[0-9]{3}$|^20[0-9]{2}$/.test(t.s) && t.s.endsWith("0") && isWord(toks[d + 1], "s") && t.end === toks[d + 1]!.start ? d + 2 - k : 0;
}

/** How far back from a new level's "to" its old level's "from" may stand: "from a peak of four million in the early 1980s". */
const OLD_LEVEL_REACH = 12;

/**
 * The "from" of the old level said before the "to" of a new level at `s` ("slumped from a peak of seven million to
 * just 1.5 million"), or -1: the words between name the old level and when it was, never what moved, so the nearest
 * noun phrase (nearest.ts) is looked for before them ('peak', the 's' of "1980s" were taken for it).
 */
export function oldLevelFrom(toks: readonly Tok[], s: number): number {
  if (!isWord(toks[s - 1], "to")) return -1;
  for (let k = s - 2; k >= 0 && s - k <= OLD_LEVEL_REACH; k--) {
    const t = toks[k]!;
    if (t.s === "," || t.s === ";" || isWord(t, "and") || isWord(t, "but")) return -1;
    if (!isWord(t, "from")) continue;
    const next = toks[k + 1];
    const amount = next?.kind === NUM || next?.kind === CUR || CARDINAL_WORDS.has(next?.l ?? "");
    const named = (DETERMINERS.has(next?.l ?? "") || next?.pos === "PRON") && [k + 2, k + 3, k + 4].some((n) => LEVEL_NOUNS.has(toks[n]?.l ?? "") && (isWord(toks[n + 1], "of") || toks[n + 1]?.kind === NUM));
    return amount || named ? k : -1;
  }
  return -1;
}

/**
 * Participles that say when an old level was stated or seen: "from the 3.1% given in June to 1.9%", "from the 4.2%
 * forecast in March to 2.8%". Without them the date after the participle hid the "to" (card audit 41's sample AI read
 * '— forecast' for both levels of such a pair, and '— number' for the new one once a stop joined the next sentence).
 */
const STATED = new Set(["given", "forecast", "forecasted", "predicted", "expected", "estimated", "projected", "seen", "set", "recorded", "reported", "announced", "posted", "targeted", "planned"]);

/**
 * How many words at `k` say when an old level was: "in 2003" 2, "in February" 2, "in February 2014" 3, "in the early
 * 1980s" 4, "given in June" 3; else 0.
 */
export function levelTimeAt(toks: readonly Tok[], k: number): number {
  const dated = datedAt(toks, k);
  if (dated > 0 || !STATED.has(toks[k]?.l ?? "")) return dated;
  const after = datedAt(toks, k + 1);
  return after > 0 ? after + 1 : 0;
}

/** How many words at `k` say when an amount was: "in 2003" 2, "in February" 2, "in February 2014" 3; else 0. */
function datedAt(toks: readonly Tok[], k: number): number {
  if (!isWord(toks[k], "in")) return 0;
  // "from four million in the early 1980s to 1.2 million": a decade.
  const decade = decadeAt(toks, k);
  if (decade > 0) return decade;
  if (YEAR_DIGITS.test(toks[k + 1]?.s ?? "")) return 2;
  if (!MONTHS.has(toks[k + 1]?.l ?? "")) return 0;
  return YEAR_DIGITS.test(toks[k + 2]?.s ?? "") ? 3 : 2;
}
