import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, MONTHS, PREPOSITIONS, PRONOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { atSentenceStart, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Spurs climbed to fifth place", "Wolves finished fifth", "the thriller Unfriended took third place": the tagger takes a
// club's plural name for a verb ("Spurs", "Wolves") and a title in "-ed" for a participle, so the noun phrase read
// back from the verb (subject.ts verbSubject) stops at once and the place kept its unit alone ('fifth — place'). The
// capitalised words right before the verb name its subject then. A sentence's first word is capitalised whatever it
// is: it joins only as the one word before the verb ("Spurs climbed") or when tagged a name ("Tigres Monterrey moved"),
// so "Yesterday Spurs climbed" names Spurs alone; a word of the closed classes ("They", "The", "After") is never one.

/** Days said by name relative to today, which the tagger may take for a proper noun ("Yesterday Spurs climbed"). */
const DAYS = new Set(["yesterday", "today", "tonight", "tomorrow"]);

/** How many words a name may run to: "Paris St Germain", "Queens Park Rangers". */
const NAME_WORDS = 4;

/** The capitalised name right before the verb at `v`, as written ("Spurs" opening a sentence keeps its capital), or undefined. */
export function nameSubject(toks: readonly Tok[], v: number): string | undefined {
  let k = v;
  while (k > 0 && v - k < NAME_WORDS && nameWord(toks, k - 1, k === v)) k--;
  // "Butler and Yelling finished fourth and fifth": a name joined to a name before it is one of two subjects, each with
  // its own place ("The side are fourth, and Spurs climbed" joins two clauses).
  const joined = (isWord(toks[k - 1], "and") || isWord(toks[k - 1], "or")) && isWord(toks[k - 2]) && isCapitalised(toks[k - 2]!);
  if (k === v || joined) return undefined;
  return toks.slice(k, v).map((t) => t.s).join(" ");
}

/** Whether the word at `k` is a word of a name; `last` when it is the name's last word, right before the verb. */
function nameWord(toks: readonly Tok[], k: number, last: boolean): boolean {
  const t = toks[k];
  if (!isWord(t) || !isCapitalised(t) || t.pos === "ADV") return false;
  if (DETERMINERS.has(t.l) || PREPOSITIONS.has(t.l) || PRONOUNS.has(t.l) || CONJUNCTIONS.has(t.l) || AUXILIARIES.has(t.l)) return false;
  // "On Saturday Spurs climbed", "Yesterday Spurs climbed": a day or a month says when, and is no part of the name.
  if (WEEKDAYS.has(t.l) || MONTHS.has(t.l) || DAYS.has(t.l)) return false;
  return !atSentenceStart(toks, k) || last || t.pos === "PROPN";
}
