import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { words } from "#brief/figures/label/durations/duration-words.ts";

// Who has a time to do something, when the doing names nothing else: "His contract has just under 18 months to run"
// printed '— months to run' on a blind sample's card (BB shape 10): what runs is the subject of "has", which the
// label left out. A doing with an object names enough ("has 30 days to respond to the complaint").

/** Forms of "have" whose subject holds the time: "has 18 months to run". */
const HAVE = new Set(["has", "have", "had"]);

/** How many words of the subject the label keeps: "months for contract to run". */
const SUBJECT_WORDS = 2;

/**
 * The label of a time had for the bare `doing` after it, by the verb at `v` that gives or has it: "for contract to
 * run" when "has" is that verb and its subject is a common noun ("His contract has 18 months to run"), else "to run";
 * a pronoun or a name says who, not what ("he had just 18 months to live").
 */
export function hadFor(toks: readonly Tok[], v: number, doing: string): string {
  if (doing.includes(" ") || !isWord(toks[v]) || !HAVE.has(toks[v]!.l)) return `to ${doing}`;
  // ("The scheme still has five years to run": over the adverbs before the verb.)
  let s = v;
  while (s > 0 && toks[s - 1]?.pos === "ADV") s--;
  const np = backNP(toks, s, false);
  const subject = np !== undefined && toks[np[1] - 1]?.pos === "NOUN" ? words(toks, np[0], np[1], SUBJECT_WORDS) : "";
  return subject === "" ? `to ${doing}` : `for ${subject} to ${doing}`;
}
