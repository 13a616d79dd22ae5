import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The oldest gadget is the abacus, which the magazine dates at 190 A.D., and put in 60th place": a verb that puts a
// thing in a place is done to it, so its subject (the magazine) holds nothing; the thing put does, the noun a "which"
// clause hangs on ('60th — place' on card audit 16's sample J), or a passive's subject ("The abacus was put in 60th
// place"). rank-place.ts reads a subject only after a verb of standing, so these kept the place word alone.

/** Verbs that put a thing in a place: "put in 60th place", "was placed in third place", "was ranked in 12th place". */
const PUT = new Set(["put", "placed", "ranked", "rated"]);

/** How far back from the verb its "which" may be: past a clause of its own ("which the magazine dates at 190 A.D., and"). */
const REACH = 16;

/** The noun phrase the verb at `v` put in a place, or undefined when the verb is none of PUT or names no thing put. */
export function putThing(toks: readonly Tok[], v: number): [number, number] | undefined {
  if (!isWord(toks[v]) || !PUT.has(toks[v]!.l)) return undefined;
  // "The abacus was put in 60th place": a passive's subject is the thing put.
  if (AUXILIARIES.has(toks[v - 1]?.l ?? "")) return verbSubject(toks, v);
  // "the abacus, which the magazine … put", "the abacus which they put": the noun the relative clause hangs on.
  for (let o = v - 1; o > 0 && v - o <= REACH; o--) {
    const t = toks[o];
    if (t === undefined || t.s === ";" || t.s === ":") return undefined;
    if (isWord(t, "which")) return backNP(toks, toks[o - 1]?.s === "," ? o - 1 : o, false);
  }
  return undefined;
}
