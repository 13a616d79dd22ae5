import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, CONJUNCTIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { frontedRole } from "#brief/figures/label/durations/fronted-copula.ts";
import { pastDoing } from "#brief/figures/label/durations/past-doing.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "For 20 years, he worked at the plant": a sentence's opening "For N years," is the span of the main clause after
// its comma, as "he worked at the plant for 20 years" is (label-duration.ts' predicate reads that order); the label
// was the unit alone ('20 — years', docs/audits/card-audit-20.md's durations by their unit).

/**
 * The doing a fronted "For N units," spans, the comma at `comma`: the main clause's simple past as its "-ing" with
 * the words after it ("worked at the plant" → working at the plant), or a progressive's "-ing"; "" when the clause
 * has no subject and verb the parse can read or its verb is no doing (past-doing.ts).
 */
export function frontedSpan(toks: readonly Tok[], comma: number): string {
  let v = comma + 1;
  const first = toks[v];
  if (!isWord(first)) return "";
  // The subject: a pronoun or a noun phrase.
  const start = pastDeterminers(toks, v);
  // "he's been": a pronoun the tokenizer keeps whole with its auxiliary.
  v = PRONOUNS.has(first.l) || first.pos === "PRON" ? v + 1 : forwardNP(toks, start);
  if (v === start) return "";
  while (isWord(toks[v]) && (AUXILIARIES.has(toks[v]!.l) || toks[v]!.pos === "ADV")) v++;
  const role = frontedRole(toks, v);
  if (role !== "") return role;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB") return "";
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
  if (verb.l.endsWith("ing") && verb.l.length > 5) return [verb.l, rest(v + 1)].filter((w) => w !== "").join(" ");
  return pastDoing(toks, v, f, rest);
}
