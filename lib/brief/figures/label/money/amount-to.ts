import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the costs of getting her back to the UK amount to over £10,000", "Indirect costs amount to at least $221 billion":
// the tagger reads "amount" and "amounts" as nouns, so the subject reading takes the verb into the label ('UK amount',
// 'indirect costs amount'; card audit 18's sample L). Before "to" and the amount, they are the verb, and what amounts
// to the money is the clause's subject, as "amounted" gives it ("The losses amounted to £3m" → losses).

const AMOUNT_VERBS = new Set(["amount", "amounts"]);

/** Words that open the clause a subject starts after: "because the costs of … amount to". */
const OPENERS = new Set(["because", "that", "which", "while", "as", "since", "when", "if", "although", "but", "and", "so", "whereas"]);

/** How many words a subject may run to from its clause's start, "of" phrase and all ("costs of getting her back to the UK"). */
const SUBJECT_WORDS = 10;

/** "£10,000 — UK amount" → "costs of getting her back to the UK"; "bill amounts a month" → "bill a month". */
export function amountTo(toks: readonly Tok[], r: Raw): void {
  const v = r.s - 2;
  if (!isWord(toks[r.s - 1], "to") || !isWord(toks[v]) || !AMOUNT_VERBS.has(toks[v]!.l)) return;
  const words = r.label.split(" ");
  const at = words.findIndex((w) => AMOUNT_VERBS.has(w.toLowerCase()));
  if (at < 0) return;
  // Back to the clause's start: the sentence's, a comma's, a conjunction's, or the verb before it ("He said the fees
  // amount to"); a gerund after "of" is the subject's own ("the costs of getting her back").
  let o = v - 1;
  while (o >= 0 && toks[o]?.s !== "," && toks[o]?.s !== ";" && !(isWord(toks[o]) && OPENERS.has(toks[o]!.l))) {
    const verb = toks[o]!.pos === "VERB" || toks[o]!.pos === "AUX";
    if (verb && !isWord(toks[o - 1], "of")) break;
    o--;
  }
  const start = pastDeterminers(toks, o + 1);
  // ("Indirect costs amount": the noun reading runs on into the verb it takes for a noun.)
  const head = Math.min(forwardNP(toks, start), v);
  if (head <= start) return;
  // The whole subject when its "of" phrase is short; its head noun phrase otherwise.
  const whole = isWord(toks[head], "of") && v - start <= SUBJECT_WORDS;
  const subject = phrase(toks, start, whole ? v : head);
  if (subject === "") return;
  r.label = [subject, ...words.slice(at + 1)].join(" ");
}
