import { runOnPair } from "#brief/figures/read/amount/run-on-pair.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { DURATIONS, MEASURE_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS, SCALE_SUFFIXES, SCALE_WORDS } from "#news/numbers.ts";

// "The firm will cut 700 and 400 jobs at two plants", "The blasts killed 30 and 40 people": a pair of bare counts
// coordinated before one noun counts that noun twice, so the first counts what the second counts and takes the verb
// before it as the second does ('700 — jobs cut'), where it had taken the verb alone ('700 — cut') or the subject. A
// unit after the second is sharedUnit's (label-count-noun.ts), a scale the reader's (shared-scale.ts); the first of a
// run-on is no pair ("won 2 and 30 fans watched", run-on-pair.ts), nor an age ("Sixteen and seventeen year olds"). (A
// name's number, "Channel 4 and 600 viewers", is read as an identifier before any label; a name opening the noun is
// the pair's, "scored 3 and 4 Premier League goals" → both Premier League goals, mutation sweep 45's Q08.)

/** Words after the second's noun phrase that make the pair something other than two counts of it. */
const NOT_COUNTED = new Set(["old", "olds", "percent", "per", "cent"]);

/**
 * Where the first of "N and M NOUN" finds its noun: the token after the second number (and its scale) when the two
 * are a coordinated pair of bare counts of that noun; `e` (the token after the first) otherwise.
 */
export function pairedNoun(toks: readonly Tok[], s: number, e: number): number {
  const and = toks[e];
  const second = toks[e + 1];
  if (!isWord(and, "and") || second === undefined || !(second.kind === NUM || CARDINAL_WORDS.has(second.l))) return e;
  let k = e + 2;
  while (isWord(toks[k]) && (SCALE_WORDS.has(toks[k]!.l) || SCALE_SUFFIXES.has(toks[k]!.l))) k++;
  const end = forwardNP(toks, k);
  // "lost six matches out of eight and five straight": what follows the second must end on a noun, not a describing
  // word; a unit ("14 and 15 inch screens") is sharedUnit's.
  if (end === k || toks[end - 1]?.pos !== "NOUN" || MEASURE_NOUNS.has(toks[k]!.l) || DURATIONS.has(toks[k]!.l)) return e;
  if (NOT_COUNTED.has(toks[end]?.l ?? "") || NOT_COUNTED.has(toks[end - 1]?.l ?? "")) return e;
  return runOnPair(toks, s, k) ? e : k;
}

/**
 * Where the verb before the count at `s` is looked for: before the first of its pair when it is the second of "N and M
 * NOUN" ("killed 30 and 40 people": 40 people killed too), else before itself.
 */
export function pairStart(toks: readonly Tok[], s: number): number {
  const first = s - 2;
  if (!isWord(toks[s - 1], "and") || !(toks[first]?.kind === NUM || CARDINAL_WORDS.has(toks[first]?.l ?? ""))) return s;
  return pairedNoun(toks, first, s - 1) === s - 1 ? s : first;
}
