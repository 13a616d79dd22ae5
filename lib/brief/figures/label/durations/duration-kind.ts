import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { partnerYears } from "#brief/figures/label/durations/partner-years.ts";
import { DURATIONS, SENTENCING } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { sentenceTerm } from "#brief/figures/label/durations/prison-term.ts";
import { toLife } from "#brief/figures/read/amount/life-term.ts";
import { givenTerm } from "#brief/figures/label/durations/given-term.ts";
import { endAtName } from "#brief/figures/label/durations/duration-name.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Durations are background (count-kind.ts) unless the story is about a sentence or a ban; a duration that is the news
// ("six days in hospital") says where it was spent.

/**
 * The kind of a count whose head is a duration: a measure, where the time was spent, a prison term or a ban, else a
 * period (background).
 */
export function durationKind(toks: readonly Tok[], r: Raw, c: Count, head: string, sentenceText: string): void {
  const np = c.np;
  r.kind = "measure";
  r.type = "duration";
  r.unit = head;
  // "six days in hospital", "two years behind bars": where the time was spent says what it measures.
  // "15 years at the club", "two years in the army", "269 days in a coma": where, over its determiner; a name says
  // where or when and is often cut short ("in the U.S.", "in the Capital One Cup"), "at a time" is a rate.
  const pp = toks[c.npEnd];
  const k = pastDeterminers(toks, c.npEnd + 1);
  // "a friend of more than 44 years in the legal documents": a duration "of" a noun is that noun's (measuredThing).
  const own = isWord(toks[r.s - 1], "of") && k > c.npEnd + 1;
  if (isWord(pp) && SPENT.has(pp.l) && isWord(toks[k]) && !isCapitalised(toks[k] as Tok) && toks[k]?.l !== "time" && !own) {
    const end = endAtName(toks, k, forwardNP(toks, k));
    // "in his side's Champions League quarter-final": an owner's phrase runs on past where the noun phrase is cut.
    if (end > k && !toks.slice(k, end).some((t) => t.l.endsWith("'s"))) r.label = `${np} ${pp.l} ${phrase(toks, k, end)}`;
  }
  // "her husband of four years … from his prison cell": how long they were married (years married), not a prison term.
  const married = partnerYears(toks, r, head);
  // "Jamie Paulin-Ramirez got eight years.": a term a person got is one with no word of sentencing (given-term.ts).
  // "was given 30 years to life behind bars": a life term with its minimum says a sentence with no word of sentencing.
  const life = toLife(toks, c.npEnd);
  if (married || (!life && !SENTENCING.test(sentenceText) && !givenTerm(toks, r.s, head, c.npEnd))) {
    r.period = true;
    return;
  }
  // A prison term or a ban as the duration's own clause says it, not a sentencing word of another clause; only for a
  // unit alone ("years") or the place of a hearing ("jailed for 15 months at the same court"): "months in county
  // jail", "days in juvenile hall", "years behind bars", "months pregnant" say more already.
  const term = DURATIONS.has(np) && (r.label === np || r.label.startsWith(`${np} at `)) ? sentenceTerm(toks, r, c.npEnd) : "";
  if (term !== "") r.label = term === "ban" ? `${np} ban` : `${np} in prison`;
}

/** Prepositions after a duration that say where it was spent. */
const SPENT = new Set(["in", "behind", "at"]);
