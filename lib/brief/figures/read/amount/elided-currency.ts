import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, MODALS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, WORD, type Tok } from "#brief/figures/language/tokens.ts";

// An elided sum: "paid us 400 francs (four euros) to sing, 200 to watch", "3,000 rupees for adults and 1,000 for
// children", "5,000 yen, the runner-up 2,000". The second number drops its currency as the second half of a parallel
// clause drops its verb; read alone it was a count labelled by a neighbouring word ('200 — euros', '1,000 — children').
// It is money in the first sum's currency (not a bracketed conversion's) when it names nothing of its own: nothing
// after it but a preposition ("to watch", "for children") or the clause's end, and before it a comma or a conjunction,
// or the gapped subject after one (", the runner-up 2,000"). Not where a verb follows its prepositional phrase: "paid
// $5m in fines, and 300 in the town lost their jobs" is a count, the subject of a clause of its own.

/**
 * Words that join the parallel clause the elided sum opens (or whose gapped subject it follows). Not "or": after a sum
 * it offers another of the noun before ("20,000 dollars, and in a day or two"); "£5 or 10" is a range, read as one.
 */
const JOINS = new Set([",", ";", "and", "but", "while", "whereas"]);

/** Prepositions a parallel clause's sum is followed by in place of a noun. */
const AFTER = new Set(["to", "for", "in", "on", "at", "from", "per", "each", "apiece", "a"]);

/** Marks that end the elided sum's clause. */
const CLAUSE_END = new Set([",", ".", ";", "'", ")"]);

/**
 * Whether a verb follows the prepositional phrase at `p` ("300 in the town lost their jobs"): the number is then the
 * subject of a clause of its own, not a gapped sum. "to" opens the parallel's infinitive ("90 to sit"), not a phrase.
 */
function ownVerbAfter(toks: readonly Tok[], p: number): boolean {
  if (isWord(toks[p], "to")) return false;
  const from = pastDeterminers(toks, p + 1);
  const end = forwardNP(toks, from);
  const t = toks[end];
  return end > from && isWord(t) && (t.pos === "VERB" || AUXILIARIES.has(t.l) || MODALS.has(t.l));
}

/**
 * Whether a number ending before `e` names nothing of its own: the clause's end, or a preposition whose phrase no verb
 * follows ("200 to watch", "40 million in the cases"; not "40 million people", nor "300 in the town lost their jobs").
 */
export function namesNothingAfter(toks: readonly Tok[], e: number): boolean {
  const next = toks[e];
  if (next !== undefined && !(next.kind === WORD ? AFTER.has(next.l) : CLAUSE_END.has(next.s))) return false;
  return next?.kind !== WORD || !ownVerbAfter(toks, e);
}

/** A bare number that ends its clause or hands over to a preposition, after a join or a gapped subject. */
function elided(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.ordinal || r.unit !== undefined || r.qualifier !== undefined) return false;
  if (!namesNothingAfter(toks, r.e)) return false;
  const before = toks[r.s - 1];
  if (before !== undefined && JOINS.has(before.l)) return true;
  // ", the runner-up 2,000", ", the others a thousand": a gapped subject of one or two words after "the" and a join.
  for (const back of [2, 3]) {
    const the = toks[r.s - back];
    if (!isWord(the, "the") || !JOINS.has(toks[r.s - back - 1]?.l ?? "")) continue;
    if (toks.slice(r.s - back + 1, r.s).every((t) => isWord(t))) return true;
  }
  return false;
}

/** A sum in brackets right after another: a conversion, whose currency the elided sum does not take. */
const bracketed = (toks: readonly Tok[], r: Raw): boolean => toks[r.s - 1]?.s === "(";

/**
 * Gives each elided sum of a sentence the currency of the sum right before it (past its bracketed conversion); a
 * figure of another kind between them ("a £5m scheme created 200 jobs, and 40 in Wales") ends the parallel.
 */
export function elidedCurrency(toks: readonly Tok[], raws: Raw[]): void {
  let currency: string | undefined;
  for (const r of raws) {
    if (r.currency !== undefined) {
      if (!bracketed(toks, r)) currency = r.currency;
      continue;
    }
    if (currency !== undefined && elided(toks, r)) r.currency = currency;
    else currency = undefined;
  }
}
