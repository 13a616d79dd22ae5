import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { doneIn } from "#brief/figures/label/time-windows/done-in.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";

// "After ten days on sale in Japan, the console had sold 500,000", "three weeks on strike", "four months on loan at
// Leeds": a time "on" a bare noun of a state is the time spent in that state. Only "on the sidelines" and "on his
// contract" (a determiner) were read, so these were labelled by the unit alone ('ten — days'; labels62's left-over
// 'days on sale in …'). A name after "in" or "at" says where the state held, and stays in the label when it fits.

/** Nouns of a state a time is spent "on" with no determiner. */
const STATES = new Set([
  "sale", "strike", "loan", "trial", "display", "remand", "bail", "tour", "duty", "leave", "air", "patrol",
]);

/** The most words of the name after "in" or "at". */
const NAME_WORDS = 2;

/**
 * The label of a time starting at `s` whose unit `unit` is followed by "on" at `k` and a state noun ("days on sale in
 * Japan"), or "" when no state noun follows.
 */
export function onState(toks: readonly Tok[], unit: string, s: number, k: number): string {
  const state = toks[k + 1];
  if (!isWord(toks[k], "on") || !isWord(state) || !STATES.has(state.l)) return "";
  // "sold a million units in three days on sale in the US": a finished doing "in" the time says more than the state
  // it was spent in; done-in.ts labels it ('days to sell a million units', as before this rule; review42's left-over).
  if (isWord(toks[s - 1], "in") && doneIn(toks, s - 1, unit) !== "") return "";
  // "two hours on air quality", "a week on sale prices": the word heads a compound, no state.
  if (toks[k + 2]?.pos === "NOUN") return "";
  const label = `${unit} on ${state.l}`;
  const p = toks[k + 2];
  if (isWord(toks[k + 2], "to")) return purposed(toks, label, k + 3);
  if (!isWord(p) || (p.l !== "in" && p.l !== "at")) return label;
  let e = k + 3;
  while (e < k + 3 + NAME_WORDS && isWord(toks[e]) && isCapitalised(toks[e]!)) e++;
  if (e === k + 3) return label;
  const placed = `${label} ${p.l} ${toks.slice(k + 3, e).map((t) => t.s).join(" ")}`;
  return placed.split(" ").length <= MAX_LABEL_WORDS ? placed : label;
}

/**
 * "He was given six months on leave to appeal": an infinitive at `v` after the state is what the time in it is for,
 * and stays in the label with its object when they fit ('months on leave to appeal'; it read 'months on leave', the
 * purpose lost; review42's left-over). "two weeks on loan to Leeds" has no verb and keeps the state alone.
 */
function purposed(toks: readonly Tok[], label: string, v: number): string {
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB" || verb.l.endsWith("ing")) return label;
  const doing = `${label} to ${verb.l}`;
  const end = forwardNP(toks, pastDeterminers(toks, v + 1));
  const object = end > v + 1 && toks[end - 1]?.pos === "NOUN" ? `${doing} ${phrase(toks, v + 1, end)}` : "";
  if (object !== "" && object.split(" ").length <= MAX_LABEL_WORDS) return object;
  // ("six months on bail to stay at home", "14 days on bail to find a lawyer": words past the verb that no label
  // holds would be cut, and 'months on bail to stay' says another thing; the state alone is said.)
  if (isWord(toks[v + 1])) return label;
  return doing.split(" ").length <= MAX_LABEL_WORDS ? doing : label;
}
