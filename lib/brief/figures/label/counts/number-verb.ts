import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the staff, who number at least 100", "The staff number at least 100": "number" is the verb that counts its subject,
// but the tagger reads the present as a noun, and the label said 'number' or 'staff number'. ("Protesters numbered
// about 5,000" is read right: a past is a verb.) The count counts the subject, or what the relative pronoun stands for.

/** Labels a bare count after the verb "number" by that verb's subject; `start` is the figure's first token. */
export function numberVerb(toks: readonly Tok[], c: Count, start: number): void {
  const verb = toks[start - 1];
  if (c.np !== "" || !isWord(verb) || (verb.l !== "number" && verb.l !== "numbers")) return;
  let k = start - 1;
  // "the staff, who number": over the relative pronoun and the comma before it.
  if (isWord(toks[k - 1], "who") || isWord(toks[k - 1], "which") || isWord(toks[k - 1], "that")) k -= toks[k - 2]?.s === "," ? 2 : 1;
  const subject = backNP(toks, k, false);
  if (subject === undefined || subject[1] !== k) return;
  const head = toks[subject[1] - 1]!;
  // A noun subject only ("staff", "members"): a singular before "number" and digits is an identifier ("the file number
  // 4,000"), read as no count before this step.
  if (head.pos !== "NOUN") return;
  c.np = phrase(toks, subject[0], subject[1]);
  c.head = head.l;
}
