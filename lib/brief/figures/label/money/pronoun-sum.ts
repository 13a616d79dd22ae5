import { AUXILIARIES, BE_FORMS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { moneyVerbNoun } from "#brief/figures/label/money/money-verb.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "no mention of the $120 million he will be paid", "nothing of the $40 million she will earn from the tour": a sum
// after "the" whose relative clause has a pronoun for subject. relative-sum.ts names the clause by its subject and verb
// ("council spent on consultants"); a pronoun there would leave 'he will earn', so the label is the verb's noun, as
// the other money rules name a sum moved ('earnings', 'loss', 'borrowing'), with the clause's prepositional phrase
// ("earnings from the tour"). The pronoun is not named: who "he" is lies outside the clause, and the card shows the
// sentence. A verb that moves no money ("the $3,000 he mentioned") leaves the sum to the other rules.

/** Subject pronouns a relative clause after the sum may open with. */
const PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it"]);

/** Prepositions of the verb's phrase the label keeps ("earn from the tour", "lost at the casino"). */
const PREPS = new Set(["on", "from", "for", "in", "at", "to", "by", "with", "into", "over"]);

/** A rate's period as the adjective before the noun: "earnings a week" would run a six-word label past its place. */
const PERIOD_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["hour", "hourly"], ["day", "daily"], ["week", "weekly"], ["month", "monthly"], ["year", "annual"],
  ["night", "nightly"],
]);

/**
 * "the $2.5 million he took": money a pronoun took may be takings or a theft, which only the clause's object tells
 * (takings.ts reads "took £20 off", "took $3,000 from two siblings"); with none said, no noun.
 */
const TAKE_FORMS = new Set(["take", "takes", "took", "taking", "taken"]);

/** The most words of the verb's phrase the label names. */
const PHRASE_WORDS = 3;

/**
 * The label of a sum ending at `e` (after "the") that a relative clause with a pronoun subject follows ("the $40
 * million she will earn from the tour" → "earnings from the tour"); undefined when none follows or its verb moves no
 * money.
 */
export function pronounSum(toks: readonly Tok[], e: number): string | undefined {
  let k = e;
  // "the £300,000 a week he will earn": a rate's period between the sum and its clause, kept in the label.
  let period = "";
  if ((isWord(toks[k], "a") || isWord(toks[k], "an")) && PERIOD_ADJECTIVES.has(toks[k + 1]?.l ?? "")) {
    period = `${PERIOD_ADJECTIVES.get(toks[k + 1]!.l)!} `;
    k += 2;
  }
  if (isWord(toks[k], "that") || isWord(toks[k], "which")) k++;
  if (!isWord(toks[k]) || !PRONOUNS.has(toks[k]!.l)) return undefined;
  k++;
  const first = k;
  while (isWord(toks[k]) && AUXILIARIES.has(toks[k]!.l)) k++;
  const verb = toks[k];
  if (!isWord(verb) || verb.pos !== "VERB" || AUXILIARIES.has(verb.l)) return undefined;
  // "the $3,000 he wanted to spend": the verb before an infinitive wants or plans; the money's verb is the next one.
  if (isWord(toks[k + 1], "to") && toks[k + 2]?.pos === "VERB") return undefined;
  // "he will be paid": money a pronoun is paid is its pay, not a payment it made.
  const passive = k > first && BE_FORMS.has(toks[k - 1]!.l);
  const noun = passive && verb.l === "paid" ? "pay" : TAKE_FORMS.has(verb.l) ? undefined : moneyVerbNoun(verb.l);
  if (noun === undefined) return undefined;
  let tail = "";
  const prep = toks[k + 1];
  if (isWord(prep) && PREPS.has(prep.l)) {
    const head = pastDeterminers(toks, k + 2);
    const np = forwardNP(toks, head);
    // "she was paid by the magazine": a passive's agent paid it, the sum came from them.
    const word = passive && prep.l === "by" ? "from" : prep.l;
    if (np > head) tail = ` ${word} ${phrase(toks, k + 2, Math.min(np, head + PHRASE_WORDS))}`;
  }
  return `${period}${noun}${tail}`;
}
