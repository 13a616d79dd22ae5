import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { ARTICLES, BE_FORMS, CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "For 25 years, Ali Addeh refugee camp has been a holding point", "For the past five years, he's been the host of The
// Dr Oz Show": a fronted span whose main clause is a copula and a role is the time as that role ('25 — years as a
// holding point'), as "has been a late-night host for 33 years" reads after it (label-duration.ts); the label was the
// unit alone. A copula before anything else ("was \"the ultimate hack\"", "was unable to …", "was closed") is left to
// its unit: what follows is no role the card can name in a few words.

/**
 * The role a fronted span's copula gives its subject, from `k` (the word after the copula at `k - 1`): "as" and the
 * role's noun phrase, cut before a preposition to fit the card with the unit ("as the host | of The Dr Oz Show"); ""
 * when `k - 1` is no copula, no article follows it, or no noun is left.
 */
export function frontedRole(toks: readonly Tok[], k: number): string {
  if (!BE_FORMS.has(toks[k - 1]?.l ?? "")) return "";
  // "For the last nine years I've been sober,": a lone adjective that ends the clause is the state the span was spent
  // in ('nine — years sober'; card-audit-46's strict shape 6 read the unit alone).
  const state = toks[k];
  const ends = !isWord(toks[k + 1]) || CONJUNCTIONS.has(toks[k + 1]!.l);
  if (isWord(state) && state.pos === "ADJ" && ends) return state.l;
  if (!ARTICLES.has(toks[k]?.l ?? "")) return "";
  // The role runs to the clause's end: punctuation or a conjunction.
  let end = k + 1;
  while (isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]!.l)) end++;
  // Unit and "as" take two of the card's words; the role is cut before its last preposition within the rest.
  const budget = MAX_LABEL_WORDS - 2;
  if (end - k > budget) {
    let cut = k;
    for (let j = k + 1; j <= k + budget; j++) if (toks[j]?.pos === "ADP") cut = j;
    end = cut;
  }
  const last = toks[end - 1];
  if (end <= k + 1 || (last?.pos !== "NOUN" && last?.pos !== "PROPN")) return "";
  return `as ${phrase(toks, k, end)}`;
}
