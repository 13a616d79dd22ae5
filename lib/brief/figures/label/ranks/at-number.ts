import { CARDINAL_WORDS } from "#news/numbers.ts";
import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { readCore } from "#brief/figures/read/amount/read-core.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "includes the Sony Walkman at number three", "the Apple iPod is at number 12 in the list", "went straight in at number
// one in the charts": a place in a ranking said with "at number", which no reading took (only "rated number 67" and
// "came in at No 3" were ranks), so a list's or a chart's places were never candidates (card audit 16, sample J: the
// Walkman's "number three" and the iPod's "number 12", both quoted by highlights). Labelled by the ranking named after
// it ("place in the list"), else by the thing right before "at" ("place of Sony Walkman"); else no figure.

/** Nouns that are a ranking, not a thing in it: "entered the chart at number two". */
const RANKINGS = new Set(["chart", "charts", "list", "lists", "table", "poll", "rankings", "ranking", "standings", "countdown"]);

/** Nouns of an entry into a ranking: "made its debut at number six". */
const ENTRIES = new Set(["debut", "entry", "return"]);

/** The highest place read: a top 100, a top 200 chart. */
const LOWEST_PLACE = 200;

/** A place "at number N" (`i` at "number"), or undefined. */
export function atNumber(toks: readonly Tok[], i: number): { raw: Raw; next: number } | undefined {
  // Only "number" in lower case: "a reception at No 10", "talks at Number 10" are Downing Street.
  if (!isWord(toks[i - 1], "at") || toks[i]?.s !== "number") return undefined;
  const n = toks[i + 1];
  if (n === undefined || !(n.kind === NUM || CARDINAL_WORDS.has(n.l))) return undefined;
  const core = readCore(toks, i + 1);
  if (core === undefined || core.ordinal || core.value < 1 || core.value > LOWEST_PLACE || !Number.isInteger(core.value)) return undefined;
  const e = core.end;
  let label = "";
  if (isWord(toks[e], "in") && isWord(toks[e + 1], "the")) {
    const end = forwardNP(toks, e + 2);
    if (end > e + 2) label = `place in the ${phrase(toks, e + 2, end)}`;
  }
  // "the Sony Walkman at number three": a noun right before "at" is what is placed, unless it is the ranking itself
  // ("went straight into the US charts at number 11") or the entry into it ("made its debut at number six").
  const before = toks[i - 2];
  if (label === "" && isWord(before) && (before.pos === "NOUN" || before.pos === "PROPN")) {
    const np = backNP(toks, i - 1, false);
    const what = np === undefined ? "" : phrase(toks, np[0], np[1]);
    if (RANKINGS.has(before.l)) label = `place in the ${what}`;
    else if (ENTRIES.has(before.l)) label = `place on ${before.l}`;
    else if (what !== "") label = `place of ${what}`;
  }
  if (label === "") return undefined;
  return { raw: wholeFigure(toks, i, e, { value: core.value, label, kind: "rank", type: "rank", ordinal: true, words: n.kind !== NUM, whole: true }), next: e };
}
