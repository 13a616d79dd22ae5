import type { Raw } from "#brief/figures/card/figure.ts";
import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "After clocking up wins 299 and 300 in her coaching career, Marsh …": a plural noun, then two numbers one apart,
// then "in POSS … career", names the Nth and the (N+1)th of the noun, a milestone reached. The pair was read as two
// counts labelled by what was near each ('299 — clocking', '300 — coaching career'; card-audit-50's made-up shape 3).
// The second is the career's tally once the milestone is reached ('300 — coaching career wins'); the first is the step
// to it, no figure of its own. Only with the career phrase: "rooms 101 and 102", "minutes 89 and 90" name places in
// a sequence, not a tally, and "goals 99 and 100 for the club" is left as it was.

/** How many words may stand between the possessive and "career": "her coaching career", "his Leeds club career". */
const CAREER_REACH = 3;

/** A token's whole number when it is digits alone ("300", "1,000"); else NaN. */
function digits(t: Tok | undefined): number {
  return t?.kind === NUM && /^\d[\d,]*$/.test(t.s) ? Number(t.s.replace(/,/g, "")) : Number.NaN;
}

/** Whether the token is the plural noun a milestone counts ("wins", "victories"), however the parse tags it. */
function pluralHead(t: Tok | undefined): boolean {
  return isWord(t) && (t.pos === "NOUN" || t.pos === "VERB") && /[^s']s$/.test(t.l);
}

/** Whether the token goes on the noun phrase "career" would end ("career hotel", "career memoir"). */
function careerNoun(t: Tok | undefined): boolean {
  return isWord(t) && (t.pos === "NOUN" || t.pos === "PROPN");
}

/** The words between the possessive and "career" after k ("coaching" of "in her coaching career"), or undefined. */
function careerAfter(toks: readonly Tok[], k: number): string | undefined {
  if (!isWord(toks[k], "in") || !POSSESSIVES.has(toks[k + 1]?.l ?? "")) return undefined;
  for (let j = k + 2; j <= k + 2 + CAREER_REACH && isWord(toks[j]); j++) {
    // "career" must end its phrase: "in his career hotel" names a hotel, no career's tally.
    if (toks[j]!.l === "career") return careerNoun(toks[j + 1]) ? undefined : phrase(toks, k + 2, j);
  }
  return undefined;
}

/** Labels the second of "NOUNs N and N+1 in POSS … career" by the career's tally, and drops the first. */
export function milestonePair(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.percent || r.unit !== undefined || r.s !== r.core) return;
  const n = digits(toks[r.core]);
  if (isWord(toks[r.core + 1], "and") && digits(toks[r.core + 2]) === n + 1 && pluralHead(toks[r.core - 1])) {
    if (careerAfter(toks, r.core + 3) !== undefined) r.drop = true;
    return;
  }
  if (!isWord(toks[r.core - 1], "and") || digits(toks[r.core - 2]) !== n - 1 || !pluralHead(toks[r.core - 3])) return;
  const career = careerAfter(toks, r.core + 1);
  if (career === undefined) return;
  r.label = `${career === "" ? "" : `${career} `}career ${phrase(toks, r.core - 3, r.core - 2)}`;
}
