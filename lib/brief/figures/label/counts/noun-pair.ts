import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { VAGUE_WORDS } from "#news/numbers.ts";
import { DURATIONS, MEASURE_NOUNS, PEOPLE, SPEECH_VERBS } from "#brief/figures/language/lexicon.ts";
import { bareItem, manyOf } from "#brief/figures/language/plural-list.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "killing 9 men and women", "made 30 men and women redundant": a number before two bare plurals joined by "and"
// counts the pair as one group, but the noun phrase stopped at "and" and the label named the first ('9 — men killed').
// noun-list.ts reads a list only from its first comma; a pair has none. The second item must be bare (no number or
// article of its own: "Five men and two women" counts each) and end the phrase: a verb, noun, "of" or a verb of saying
// after it makes it a clause's subject ("cut 300 jobs and factories closed") or part of a longer item.

/**
 * Words after the second noun that make it part of something longer than the pair, or a verb ("indexed 5 billion
 * webpages and claims to update": "to" after the second plural says it was a verb).
 */
const PAIR_GOES_ON = new Set(["and", "or", "of", "'s", "to"]);

/** Runs the count's noun phrase `c` over "and" and a second bare plural: "men and women". */
export function pastNounPair(toks: readonly Tok[], c: Count, sentenceText: string): void {
  if (c.np === "" || !isWord(toks[c.npEnd], "and") || !manyOf(c.head) || DURATIONS.has(c.head) || MEASURE_NOUNS.has(c.head)) return;
  const from = c.npEnd + 1;
  let end = forwardNP(toks, from);
  // "30 men and women redundant last week": the phrase read on over a describing word after the noun; the pair ends at
  // its noun.
  while (end > from + 1 && toks[end - 1]!.pos !== "NOUN") end--;
  if (!bareItem(toks, from, end) || DURATIONS.has(toks[end - 1]!.l)) return;
  const second = toks[end - 1]!.l;
  // "200 thefts and dozens more": a vague number is a count of its own. "two million users and hotspots": people and
  // things are two counts, the number said of the people only.
  if (VAGUE_WORDS.has(second) || PEOPLE.has(c.head) !== PEOPLE.has(second)) return;
  const next = toks[end];
  const pos = next?.pos ?? "";
  // "asked 60 men and women to taste": a plural of people is no verb, so "to" after it is the pair's infinitive (blind
  // sample BB's made-up shape 3 read '60 — men').
  const infinitive = isWord(next, "to") && PEOPLE.has(second) && isPlural(second);
  if (pos === "NOUN" || pos === "VERB" || pos === "AUX" || (PAIR_GOES_ON.has(next?.l ?? "") && !infinitive) || SPEECH_VERBS.has(next?.l ?? "")) return;
  const np = sentenceText.slice(toks[c.e]!.start, toks[end - 1]!.end);
  if (np.split(" ").length > MAX_LABEL_WORDS) return;
  c.np = np;
  c.npEnd = end;
}
