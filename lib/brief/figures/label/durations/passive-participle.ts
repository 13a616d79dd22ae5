import { irregularPast, participleSpelling } from "#brief/figures/label/durations/past-doing.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "was kidnapped in Syria with his crew and held for five days", "which saw him held for five days": a participle is
// passive without an auxiliary of its own when it shares one with a participle before it ("was kidnapped … and held",
// "is cancelled or delayed for more than two hours": an "or" shares the auxiliary as an "and" does)
// or stands after a verb's pronoun object ("saw him held", "left them stranded"). Its duration is then the time it was
// so ("days held", as "was held for five days" reads), not a unit alone (card audit 16, sample J: "five — days").

/** How far back within its clause the shared auxiliary's participle may stand: "was kidnapped in Syria with his crew and". */
const SHARED_REACH = 8;

/** Object pronouns a participle may describe after a verb: "saw him held". */
const OBJECTS = new Set(["him", "her", "them", "it", "me", "us", "you"]);

/**
 * Whether the word before a participle (at `a`) makes it passive: a verb's pronoun object, or an "and"/"or" after a participle
 * that follows one of `auxiliaries` in the same clause.
 */
export function passiveByContext(toks: readonly Tok[], a: number, auxiliaries: ReadonlySet<string>): boolean {
  const w = toks[a];
  if (!isWord(w)) return false;
  if (OBJECTS.has(w.l)) return toks[a - 1]?.pos === "VERB";
  if (heldBy(toks, a, false)) return true;
  if (w.l !== "and" && w.l !== "or") return false;
  for (let k = a - 1; k > 0 && a - k <= SHARED_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    // "was sexually assaulted and murdered": an adverb may stand between the auxiliary and its participle.
    let b = k - 1;
    while (b > 0 && toks[b]?.pos === "ADV") b--;
    if ((participleSpelling(t.l) || irregularPast(t.l)) && auxiliaries.has(toks[b]?.l ?? "")) return true;
  }
  return false;
}

/** Words that hold someone out: "With Vickery out", "had big players out", "kept him out". */
const HOLDING = new Set(["with", "without", "had", "have", "has", "having", "kept", "keep", "keeps", "keeping"]);

/** Words that hold a noun phrase in the state a participle after it names: "With Vickery sidelined". */
const WITH = new Set(["with", "without"]);

/** How many words the held noun phrase may take: "had big players out", "With the main road closed". */
const HELD_REACH = 3;

/**
 * Whether the noun or pronoun at `a` ends a phrase that "with" (or, when `have`, also "have" or "keep") holds: the word
 * after it says the state it was held in, a participle passive after "with" ("With Vickery sidelined for at least six
 * weeks" → weeks sidelined; "have a logo tattooed" is left to the other rules), "out" as "was out" is after any of them
 * ("had big players out for four months" → months out).
 */
export function heldBy(toks: readonly Tok[], a: number, have: boolean): boolean {
  const pos = toks[a]?.pos;
  if (pos !== "NOUN" && pos !== "PROPN" && pos !== "PRON") return false;
  for (let k = a - 1; k >= 0 && a - k <= HELD_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if ((have ? HOLDING : WITH).has(t.l)) return true;
    if (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "ADJ" && t.pos !== "DET") return false;
  }
  return false;
}
