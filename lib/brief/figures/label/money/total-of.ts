import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, DETERMINERS, MODALS, PARTICLES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { participleSpelling } from "#brief/figures/label/durations/past-doing.ts";

/** Words that, before "of", give an amount as a sum and say nothing of what it is. */
const SUMS = new Set(["total", "sum"]);
/** The same as the subject of "was": "The amount stolen was $3m". */
const SUBJECT_SUMS = new Set(["total", "sum", "amount"]);

/**
 * "was fined a total of 900,000 rubles", "A total of 37 per cent of those polled said", "claimed a total of £750,000
 * in allowances": "a total of" says how the amount is given, not what it is, and a card reading "900,000 rubles —
 * total" says nothing. When the label is that word alone, the amount is labelled again as if the words were not there
 * (its start moved before them, so the verb and subject before them are the amount's own); if that finds nothing,
 * "total" stays. "the bill came to a total of $5m" never gets here: label.ts names it by the bill. A sum named by its
 * participle (doneSum) is labelled so whatever label.ts found ("The grand total raised was £5m" was "grand").
 */
export function pastTotalOf(toks: readonly Tok[], r: Raw, relabel: () => void): void {
  if (doneSum(toks, r) || r.label === "") return;
  if (!SUMS.has(r.label.toLowerCase()) || !isWord(toks[r.s - 1], "of") || !SUMS.has(toks[r.s - 2]?.l ?? "")) return;
  let k = r.s - 2;
  // "an estimated total of", "a combined total of": the sum's own adjective goes with it.
  if (toks[k - 1]?.pos === "ADJ" || (toks[k - 1]?.pos === "VERB" && DETERMINERS.has(toks[k - 2]?.l ?? ""))) k--;
  if (DETERMINERS.has(toks[k - 1]?.l ?? "")) k--;
  const { s, label } = r;
  r.s = k;
  r.label = "";
  relabel();
  r.s = s;
  // "had stolen a total of £78,000": nothing else names it, but the participle before it says what the sum is ("has
  // been a total of" says nothing: the tagger calls "been" an auxiliary). After a modal or "to" the verb is a base that
  // only ends as a participle does ("could exceed a total of £2bn", "to open a total of").
  const verb = toks[k - 1];
  const base = MODALS.has(toks[k - 2]?.l ?? "") || isWord(toks[k - 2], "to");
  if (r.label === "" && isWord(verb) && verb.pos === "VERB" && participleSpelling(verb.l) && !base) r.label = `${label.toLowerCase()} ${verb.l}`;
  if (r.label === "") r.label = totalFor(toks, r.e) || label;
}

/** How many tokens a bracketed conversion after the total may hold ("($10.2bn; £5.5bn)"). */
const ASIDE_TOKENS = 12;

/**
 * "A total of 24.2 trillion pesos ($10.2bn; £5.5bn) is earmarked for subsidies": a total that is the subject of a
 * passive verb and its "for" is the total for what follows "for" (subsidies, where the label was
 * 'total'); else "". Past a conversion in brackets; only the verb right after "is" or "was".
 */
function totalFor(toks: readonly Tok[], e: number): string {
  let k = e;
  if (toks[k]?.s === "(") {
    while (k < e + ASIDE_TOKENS && toks[k] !== undefined && toks[k]!.s !== ")") k++;
    if (toks[k]?.s !== ")") return "";
    k++;
  }
  const verb = toks[k + 1];
  if (!BE_FORMS.has(toks[k]?.l ?? "") || !isWord(verb) || verb.pos !== "VERB" || !participleSpelling(verb.l) || !isWord(toks[k + 2], "for")) return "";
  const from = pastDeterminers(toks, k + 3);
  const end = forwardNP(toks, from);
  return end > from ? phrase(toks, from, Math.min(end, from + 3)) : "";
}

/**
 * "The total paid out was £203,066", "The amount stolen was $3m": a sum the subject names by what was done with it. The
 * participle after the sum word is what the amount is, so it is the label ("total paid out"; the nearest noun phrase,
 * the fallback, would be "total"). An adjective of the sum ("The grand total raised", "the final amount paid") says
 * how the sum is given, not what it is: it is left out. True when it labelled `r`.
 */
function doneSum(toks: readonly Tok[], r: Raw): boolean {
  if (!BE_FORMS.has(toks[r.s - 1]?.l ?? "")) return false;
  let k = r.s - 2;
  if (PARTICLES.has(toks[k]?.l ?? "")) k--;
  const sum = toks[k - 1];
  // ("Grand total raised was £5m": the sentence's first word, which the tagger may call a name, is the sum's adjective.)
  const d = toks[k - 2]?.pos === "ADJ" || k - 2 === 0 ? k - 3 : k - 2;
  if (toks[k]?.pos !== "VERB" || !isWord(sum) || !SUBJECT_SUMS.has(sum.l) || !(d < 0 || DETERMINERS.has(toks[d]?.l ?? ""))) return false;
  // ("Total raised was £5m": the sentence's capital is no name's.)
  r.label = phrase(toks, k - 1, r.s - 1);
  return true;
}
