import { participleSpelling } from "#brief/figures/language/lexicon.ts";
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

/** Participles that end in neither "-ed", "-en" nor "-ing": "still held", "still lost". */
const IRREGULAR = new Set(["held", "lost", "left", "stuck", "shut", "hurt", "kept", "caught", "trapped"]);

/** The state "still …" from s ("still without electricity", "still held"), ending at a clause's edge; else "". */
export function stillState(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s], "still")) return "";
  // "still being held" says 'still held'; the auxiliary adds nothing to the state.
  const a = isWord(toks[s + 1], "being") ? s + 2 : s + 1;
  const t = toks[a];
  if (!isWord(t)) return "";
  // ("are still expected to …", "still able to walk": a state that goes on into "to" says it in what follows.)
  if (isWord(toks[a + 1], "to")) return "";
  const verbal = t.pos === "VERB" && (participleSpelling(t.l) || t.l.endsWith("ing") || IRREGULAR.has(t.l));
  if (t.pos === "ADJ" || verbal) return `still ${phrase(toks, a, a + 1)}`;
  if (t.pos !== "ADP") return "";
  const end = forwardNP(toks, a + 1);
  return end > a + 1 && end - a <= PHRASE_REACH ? `still ${phrase(toks, a, end)}` : "";
}
