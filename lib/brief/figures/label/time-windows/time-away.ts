import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A time said as a distance, or a match's clock counted back from its end: "about 30 minutes away", "15 minutes from
// the training ground", "four hours from the Chapmans", "two minutes from the end of extra time"; the label was the unit
// alone ('15 — minutes'), though the words after it say where the time is measured to. A time "for" ("suspended for
// ten days from school") is a span whose "from" belongs to the verb, and a date or "when" after "from" says when
// ("three decades from July 17-19", "three years from when a decision is taken"): those stay their unit.

/**
 * The label of the duration `r` (unit `unit`, its noun phrase ending at `npEnd`) from an "away" or a "from" and the
 * place or end after it: "minutes away", "minutes away from the tourist hot-spot", "minutes from the training ground",
 * "minutes from the end of extra time"; "" for any other.
 */
export function timeAway(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  if (isWord(toks[r.s - 1], "for")) return "";
  const w = toks[npEnd];
  if (isWord(w, "away")) {
    const from = isWord(toks[npEnd + 1], "from") ? place(toks, npEnd + 2) : "";
    const label = `${unit} away from ${from}`;
    return from !== "" && label.split(" ").length <= MAX_LABEL_WORDS ? label : `${unit} away`;
  }
  if (!isWord(w, "from")) return "";
  const to = place(toks, npEnd + 1);
  if (to === "") return "";
  const label = `${unit} from ${to}`;
  if (label.split(" ").length <= MAX_LABEL_WORDS) return label;
  // "from the end of normal time and extra time": the end alone when its "of" would not fit.
  return /^the end\b/.test(to) ? `${unit} from the end` : "";
}

/**
 * The place or end a time is measured to, from `k`: a noun phrase ended on a noun, with its "of" phrase ("the end of
 * extra time"); "" for a date ("July 17-19"), a phrase ended on no noun ("the coast's busiest") or a clause ("when a decision is taken").
 */
function place(toks: readonly Tok[], k: number): string {
  const start = pastDeterminers(toks, k);
  let end = forwardNP(toks, start);
  const last = toks[end - 1];
  if (end === start || (last?.pos !== "NOUN" && last?.pos !== "PROPN")) return "";
  if (toks.slice(start, end).some((t) => !isWord(t))) return "";
  // "the end of extra time": the whole the end is of.
  if (isWord(toks[end], "of")) {
    const of = pastDeterminers(toks, end + 1);
    const ofEnd = forwardNP(toks, of);
    if (ofEnd > of && (toks[ofEnd - 1]?.pos === "NOUN" || toks[ofEnd - 1]?.pos === "PROPN")) end = ofEnd;
  }
  return phrase(toks, k, end);
}
