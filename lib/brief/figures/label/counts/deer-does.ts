import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The hunters shot 300 bucks and 200 does": "does" after a number are female deer, but the tagger calls the word a
// verb, so the count had no noun and borrowed its neighbour's ('200 — bucks'). A noun only where the sentence names
// deer and no verb's sense follows it: "one in 200 does not" or "200 does so" keep the verb.

/** Words that name deer, rabbits or goats, whose females are does. */
const DEER = new Set(["deer", "bucks", "buck", "stags", "stag", "fawns", "hinds", "rabbits", "hares", "goats", "antelope"]);

/** Words after "does" that make it the verb: "does not", "does so", "does it". */
const VERB_AFTER = new Set(["not", "n't", "so", "it", "this", "that", "too", "well", "the", "a", "an"]);

/** Words that join a count to a list's others: "300 bucks and 200 does", "400 deer, 150 does". */
const LIST = new Set(["and", "or", ",", "plus"]);

/** Whether "does" at `k`, right after a number, is the noun: female deer in a sentence that names deer. */
export function deerDoes(toks: readonly Tok[], k: number): boolean {
  if (!isWord(toks[k], "does")) return false;
  const next = toks[k + 1];
  if (isWord(next) && (VERB_AFTER.has(next.l) || next.pos === "VERB" || next.pos === "ADV")) return false;
  // ("The cull was 2,000 last year; this year 1,500 does.", "among the 30 does.": at a stop, "does" is a verb left
  // on its own unless a list puts the count beside another, "300 bucks and 200 does", "400 deer, 150 does".)
  if (!isWord(next) && !LIST.has(toks[k - 2]?.l ?? "")) return false;
  return toks.some((t) => isWord(t) && DEER.has(t.l));
}
