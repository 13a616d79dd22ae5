import type { Raw } from "#brief/figures/card/figure.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// A money label that is the verb that moved it, bare or with its object, says no more than that money moved: "that man
// should pay the other $5 million" → 'pay', "ordered to pay his wife $2.6 million" → 'pay wife', "paid hit-men 150
// million rupiah" → 'paid hit-men', "had lent her £6,000" → 'lent', "would earn her about $30" → 'earn', "won a dream
// £100,000" → 'won dream'. Its noun says what the money is (payment, loan, earnings, winnings), and a giving verb's
// object is who got it ("payment to wife", "award to Shelly Sterling"), as money-given.ts names "give Newcastle £500,000".
// The regular "-ed" forms alone are mended in label.ts; these are the irregular ones and a verb with its object.

/** Verbs whose label names the money by its noun, and whether their object is who the money went to. */
const VERB_NOUNS: ReadonlyMap<string, readonly [string, boolean]> = new Map([
  ["pay", ["payment", true]], ["pays", ["payment", true]], ["paid", ["payment", true]], ["paying", ["payment", true]],
  ["give", ["payment", true]], ["gives", ["payment", true]], ["gave", ["payment", true]], ["given", ["payment", true]],
  ["lend", ["loan", true]], ["lends", ["loan", true]], ["lent", ["loan", true]],
  ["award", ["award", true]], ["awards", ["award", true]], ["awarded", ["award", true]],
  ["earn", ["earnings", false]], ["earns", ["earnings", false]],
  ["spend", ["spending", false]], ["spent", ["spending", false]],
  ["win", ["winnings", false]], ["won", ["winnings", false]],
]);

/** Whether the word `verb`, tagged a verb, comes before token `end` (read in place: no copy of the tokens). */
function saidAsVerb(toks: readonly Tok[], end: number, verb: string): boolean {
  for (let k = 0; k < end && k < toks.length; k++) if (toks[k]!.l === verb && toks[k]!.pos === "VERB") return true;
  return false;
}

/** Names a money label that is a verb (and its object) by the verb's noun; any other label is left as it is. */
export function verbLabel(toks: readonly Tok[], r: Raw): void {
  const space = r.label.indexOf(" ");
  const verb = (space < 0 ? r.label : r.label.slice(0, space)).toLowerCase();
  const noun = VERB_NOUNS.get(verb);
  // "a career-best $1.4 million pay day", "a £5,000 pay rise": a noun of pay, not the verb, opens the label.
  if (noun === undefined || !saidAsVerb(toks, r.s, verb)) return;
  const rest = space < 0 ? [] : r.label.slice(space + 1).split(" ");
  const [name, toWhom] = noun;
  // "spent the night in a £170-a-night pod" ('spent night'): a verb that gives nothing keeps a label with an object.
  if (!toWhom && verb !== "won" && verb !== "win" && rest.length > 0) return;
  // Who got it, when the label names them whole (the verb's object is at most two words there): lower-case words, or a
  // name of two words; "awarded a New York family" ('awarded New') cut the name.
  const lower = rest.every((w) => w === w.toLowerCase());
  const named = rest.length === 2 && rest.every((w) => /^[A-Z]/.test(w));
  const recipient = toWhom && rest.length > 0 && (lower || named);
  r.label = recipient ? `${name} to ${rest.join(" ")}` : name;
}
