import { participleForm } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "more than 3,000 of those homes were still without electricity", "about 120 of the miners are still underground",
// "more than 60 of these hostages are still being held": a part whose copula says it is *still* in some state was
// labelled by the bare noun ('— homes') beside the whole ('9,000 — homes'), two counts of one thing, the point lost
// (card-audit-50's made-up shape 5). "still" marks what follows as the state that picks the part out, whatever its
// form: an adjective, a participle or "-ing" (with "being" passed over), or a short preposition phrase. Read from
// the copula by subset-doing.ts ("N of the X were still …") and them-state.ts ("K of them are still …").

/** How many words a preposition phrase may hold, its preposition counted: "without electricity", "in a hospital". */
const PHRASE_REACH = 4;

/** The state "still …" from s ("still without electricity", "still held"), ending at a clause's edge; else "". */
export function stillState(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s], "still")) return "";
  // "still being held" says 'still held'; the auxiliary adds nothing to the state.
  const state = stateAt(toks, isWord(toks[s + 1], "being") ? s + 2 : s + 1);
  return state === "" ? "" : `still ${state}`;
}

// "more than 200 of these girls remain in captivity", "12 of them remained in hospital": "remain" is a copula with
// "still" in it, the state it keeps is what picks the part out, as after "are still" ('girls remaining in captivity';
// it read '— girls'). Any form of it, "still" before it passed over ("still remain missing").

/** The forms of "remain" that keep a state. */
const REMAIN = new Set(["remain", "remains", "remained", "remaining"]);

/** The state "remain …" at k says ("remaining in captivity", "remaining missing"); else "". */
export function remainState(toks: readonly Tok[], k: number): string {
  const v = isWord(toks[k], "still") ? k + 1 : k;
  if (!isWord(toks[v]) || !REMAIN.has(toks[v]!.l)) return "";
  const state = stateAt(toks, v + 1);
  return state === "" ? "" : `remaining ${state}`;
}

/** The state at a (an adjective, a participle or "-ing", or a short preposition phrase), ending at a clause's edge. */
function stateAt(toks: readonly Tok[], a: number): string {
  const t = toks[a];
  if (!isWord(t)) return "";
  // ("are still expected to …", "still able to walk": a state that goes on into "to" says it in what follows.)
  if (isWord(toks[a + 1], "to")) return "";
  const verbal = t.pos === "VERB" && (participleForm(t.l) || t.l.endsWith("ing"));
  if (t.pos === "ADJ" || verbal) return phrase(toks, a, a + 1);
  if (t.pos !== "ADP") return "";
  const end = forwardNP(toks, a + 1);
  return end > a + 1 && end - a <= PHRASE_REACH ? phrase(toks, a, end) : "";
}
