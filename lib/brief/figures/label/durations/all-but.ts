import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { SPENDING } from "#brief/figures/language/lexicon.ts";
import { pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The banker served all but six months of his nine year term": the time is the part of the whole that was not done,
// and its label was its unit alone ('six — months'), or the whole ('six months — nine-year term', which reads as the
// term's length). An editor prints what the number counts: 'months of nine-year term not served'.

/**
 * The words after a duration's unit (`head`) for a time "all but" which of a whole was done: "served all but six months
 * of his nine year term" → of nine year term not served (of term not served when the whole would not fit); "" when no
 * past of doing or spending stands before "all but", or no "of" and noun phrase follows the unit at `of`.
 */
export function allBut(toks: readonly Tok[], s: number, of: number, head: string): string {
  const verb = toks[s - 3];
  if (!isWord(toks[s - 1], "but") || !isWord(toks[s - 2], "all") || !isWord(verb) || !isWord(toks[of], "of")) return "";
  if (verb.pos !== "VERB" || !(SPENDING.has(verb.l) || /ed$/.test(verb.l))) return "";
  const k = pastDeterminers(toks, of + 1);
  // "his nine year term": the whole's words over a number inside it, which the phrase reader stops at.
  let end = k;
  while (end - k < WHOLE_WORDS && (toks[end]?.pos === "NUM" || (isWord(toks[end]) && WHOLE_TAGS.has(toks[end]!.pos ?? "")))) end++;
  while (end > k && toks[end - 1]?.pos !== "NOUN") end--;
  if (end === k) return "";
  const not = `not ${verb.l}`;
  const whole = phrase(toks, k, end);
  // The unit, "of" and "not" with the participle take three of the card's words; the head noun alone when it is long.
  const fits = `${head} of ${whole} ${not}`.split(" ").length <= MAX_LABEL_WORDS;
  return `of ${fits ? whole : toks[end - 1]!.l} ${not}`;
}

/** How many words of the whole are read: "nine year prison term". */
const WHOLE_WORDS = 5;

/** Tags of the whole's words: "nine-year term", "the entire season". */
const WHOLE_TAGS = new Set(["NOUN", "ADJ", "NUM"]);
