import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Six years after the flood, engineers say the banks cannot be built on": a time after an event that opens its
// sentence, told in the present, runs up to now: it is the time since the event, not a point after it ('years after
// the flood' is a time point, card audit 48's shape 9, a strict fault). Told in the past ("Six years after the flood,
// the town was rebuilt") it is a point, and stays "after".

/** Forms of the main verb that say the clause is told in the present. */
const PRESENT = new Set([
  "is", "are", "has", "have", "'s", "'re", "do", "does", "say", "says", "remain", "remains", "stay", "stays", "stand",
  "stands", "lie", "lies", "live", "lives", "want", "wants", "need", "needs", "still",
]);

/** Adverbs that make a present habitual, told of every time the event comes round, not of now. */
const HABITUAL = new Set([
  "usually", "normally", "typically", "generally", "often", "always", "routinely", "sometimes", "rarely", "seldom",
]);

/**
 * Words after "is"/"are" that point past now, to what comes next or is laid down: "Six months after the election, the
 * president is due to visit" and "Three days after surgery, most patients are able to walk" say a plan or a rule.
 */
const AHEAD = new Set([
  "due", "set", "expected", "able", "unable", "likely", "allowed", "entitled", "eligible", "free", "to", "about",
  "going",
]);

/** Tags after 'have' that make it an auxiliary ("has doubled", "has not met", "have already gone"). */
const HAVE_AUX_NEXT = new Set(["VERB", "AUX", "ADV", "PART"]);

/** Words a fronted time may open with before its number: a hedge or a quote mark. */
const OPENERS = new Set([
  "just", "some", "about", "almost", "nearly", "around", "more", "than", "over", "'", "\"", "‘", "“",
]);

/** How far after the time's "after" its comma, and after the comma the main verb, may stand. */
const REACH = 8;

/**
 * `what` with its "after" said as "since" when the time `r` opens its sentence ("Six years after the flood, …") and
 * the main clause after the comma is told in the present; `what` as it is otherwise.
 */
export function presentSince(toks: readonly Tok[], r: Raw, k: number, what: string): string {
  if (!what.startsWith("after ") || !isWord(toks[k], "after")) return what;
  for (let j = 0; j < r.s; j++) if (!OPENERS.has(toks[j]!.l)) return what;
  let comma = k + 1;
  const open = (t: Tok | undefined): boolean => t !== undefined && t.s !== "," && t.pos !== "VERB";
  while (comma < k + REACH && open(toks[comma])) comma++;
  if (toks[comma]?.s !== ",") return what;
  for (let v = comma + 1; v < comma + REACH && toks[v] !== undefined; v++) {
    const t = toks[v]!;
    if (t.pos !== "VERB" && t.pos !== "AUX" && !PRESENT.has(t.l)) continue;
    // "the two wrecked trains remain": a participle before its noun describes the subject, no main verb.
    if (t.pos === "VERB" && toks[v + 1]?.pos === "NOUN") continue;
    // "Two hours after sunrise, the temperature is usually above 30C": a present of what happens each time is no now.
    if (toks.slice(comma + 1).some((w) => isWord(w) && HABITUAL.has(w.l))) return what;
    if (!PRESENT.has(t.l) || !tellsNow(toks, v)) return what;
    return `since ${what.slice("after ".length)}`;
  }
  return what;
}

/**
 * Whether the present at `v` tells of now rather than of a procedure or a plan. "are given a second injection" (a
 * passive: what is done each time, after the first dose), "is due to visit" (ahead) and "customers have the right"
 * ('have' owning, not an auxiliary) are told of every case or of later; "are still pulling", "has still not met" and
 * "is worth" tell of now.
 */
function tellsNow(toks: readonly Tok[], v: number): boolean {
  const verb = toks[v]!.l;
  const next = toks[v + 1];
  if (next === undefined || next.l === "still") return true;
  if (verb === "is" || verb === "are" || verb === "'re") {
    if (AHEAD.has(next.l)) return false;
    return !(next.pos === "VERB" && !next.l.endsWith("ing"));
  }
  // 'have' as an auxiliary ("has doubled", "has not met") tells of now; 'have' owning ("have the right") of any case.
  if (verb === "has" || verb === "have") return HAVE_AUX_NEXT.has(next.pos ?? "");
  return true;
}
