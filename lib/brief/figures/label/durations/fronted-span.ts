import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { ATTRIBUTION_VERBS, AUXILIARIES, BE_FORMS, CONJUNCTIONS, participleForm, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { frontedRole } from "#brief/figures/label/durations/fronted-copula.ts";
import { pastDoing } from "#brief/figures/label/durations/past-doing.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "For 20 years, he worked at the plant": a sentence's opening "For N years," is the span of the main clause after
// its comma, as "he worked at the plant for 20 years" is (label-duration.ts' predicate reads that order); the label
// was the unit alone ('20 — years', docs/audits/card-audit-20.md's durations by their unit).

/** How many words an attribution between commas may run to ("the local council's rescuers say"). */
const ATTRIBUTION_WORDS = 5;

/** The comma closing an attribution ", X say," right after the comma at `comma`, else `comma`. */
function pastAttribution(toks: readonly Tok[], comma: number): number {
  for (let k = comma + 2; k < toks.length && k - comma <= ATTRIBUTION_WORDS + 1; k++) {
    if (!isWord(toks[k - 1])) return comma;
    if (toks[k]?.s === ",") return ATTRIBUTION_VERBS.has(toks[k - 1]!.l) ? k : comma;
  }
  return comma;
}

/**
 * The doing a fronted "For N units," spans, the comma at `comma`: the main clause's simple past as its "-ing" with
 * the words after it ("worked at the plant" → working at the plant), or a progressive's "-ing"; "" when the clause
 * has no subject and verb the parse can read or its verb is no doing (past-doing.ts).
 */
export function frontedSpan(toks: readonly Tok[], comma: number): string {
  // "For almost three weeks, rescuers say, a stray dog was trapped": past an attribution between commas.
  let v = pastAttribution(toks, comma) + 1;
  const first = toks[v];
  if (!isWord(first)) return "";
  // The subject: a pronoun or a noun phrase.
  const start = pastDeterminers(toks, v);
  // "he's been": a pronoun the tokenizer keeps whole with its auxiliary.
  v = PRONOUNS.has(first.l) || first.pos === "PRON" ? v + 1 : forwardNP(toks, start);
  if (v === start) return "";
  const aux = v;
  while (isWord(toks[v]) && (AUXILIARIES.has(toks[v]!.l) || toks[v]!.pos === "ADV")) v++;
  const role = frontedRole(toks, v);
  if (role !== "") return role;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB") return "";
  // "a stray dog was trapped in a drain": a passive's participle with where it was is the state the span was spent in
  // (trapped in a drain), which past-doing.ts, reading an active past, had left unnamed; a participle alone ("the
  // plant was closed") keeps the unit, as fronted-copula.ts leaves it.
  const passive = toks.slice(aux, v).some((t) => BE_FORMS.has(t.l)) && participleForm(verb.l) && toks[v + 1]?.pos === "ADP";
  // The clause ends at punctuation or a conjunction.
  let f = v + 1;
  while (isWord(toks[f]) && !CONJUNCTIONS.has(toks[f]!.l)) f++;
  // The words after the verb, cut before their last preposition to fit the card: "hiding her writing | from the
  // authorities", "driving to work | with a pen".
  const rest = (from: number): string => {
    let end = f;
    if (end - from >= MAX_LABEL_WORDS - 1) {
      end = from;
      for (let j = from + 1; j < from + MAX_LABEL_WORDS - 1; j++) if (toks[j]?.pos === "ADP") end = j;
    }
    return end > from ? phrase(toks, from, end) : "";
  };
  if ((verb.l.endsWith("ing") && verb.l.length > 5) || passive) return [verb.l, rest(v + 1)].filter((w) => w !== "").join(" ");
  return pastDoing(toks, v, f, rest);
}
