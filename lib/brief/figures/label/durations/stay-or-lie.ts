import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { negated } from "#brief/figures/label/durations/past-doing.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A verb of lying or staying right before a duration's "for" says the time was spent in a state even where no place
// or role follows it: "has laid dormant for more than 40 years" → years dormant, "laid dead for 16 days" → days dead,
// "remained there for more than 300 years" → years remaining there, "where she stayed for two months" → months stayed.

/** Forms of "lie" (and "lay", which news copy often writes for it) that take a state: "lay dead", "has lain dormant". */
const LYING = new Set(["lie", "lies", "lay", "lays", "laid", "lain", "lying"]);

/**
 * Forms of "stay" and "remain", each with the "-ing" a label reads it by; duration-predicate.ts reads a place or state
 * after any of them.
 */
export const STAYING: ReadonlyMap<string, string> = new Map([
  ...["stay", "stays", "stayed", "staying"].map((w): [string, string] => [w, "staying"]),
  ...["remain", "remains", "remained", "remaining"].map((w): [string, string] => [w, "remaining"]),
]);

/** Adverbs of place a stay is spent at when no place is named: "remained there", "stayed home". */
const PLACE_ADVERBS = new Set(["there", "here", "home", "behind", "together", "put", "inside", "indoors", "abroad"]);

/**
 * The state or stay the verb at `k` says the time before the "for" at `f` was spent in: a lying verb's adjectives
 * ("laid dormant" → dormant), a staying verb's adverb of place ("remained there" → remaining there) or the verb alone
 * ("stayed" → stayed); undefined when the verb is none of these or is followed by anything else (a place, a role: the
 * predicate's other readings), "" when it is denied ("didn't stay there").
 */
export function stayOrLie(toks: readonly Tok[], k: number, f: number): string | undefined {
  const t = toks[k];
  if (!isWord(t)) return undefined;
  const between = toks.slice(k + 1, f);
  if (LYING.has(t.l)) {
    // "lay dead", "lay cold and undiscovered": adjectives and "and" only, the first an adjective.
    const state = between.length > 0 && between[0]!.l !== "and" && between.every((x) => isWord(x) && (x.pos === "ADJ" || x.l === "and"));
    if (!state) return undefined;
    return negated(toks, k) ? "" : between.map((x) => x.l).join(" ");
  }
  const doing = STAYING.get(t.l);
  if (doing === undefined) return undefined;
  // "kept his remains for 30 years": after an owner or an article the word is a noun, whatever the tagger says.
  const noun = t.pos !== "VERB" || POSSESSIVES.has(toks[k - 1]?.l ?? "") || toks[k - 1]?.pos === "DET";
  if (between.length === 0) return noun ? undefined : negated(toks, k) ? "" : t.l.startsWith("st") ? "stayed" : "remained";
  if (between.length === 1 && PLACE_ADVERBS.has(between[0]!.l)) return negated(toks, k) ? "" : `${doing} ${between[0]!.l}`;
  // "The kitten is only staying with us for three weeks": a stay with someone, a pronoun, is as bare as one at a place
  // adverb (it read '— weeks'; card-audit-45's made-up shape 7). A named host is a place or a role: the predicate's.
  const [w, who] = between;
  if (between.length === 2 && isWord(w, "with") && who?.pos === "PRON") return negated(toks, k) ? "" : `${doing} with ${who.l}`;
  return undefined;
}
