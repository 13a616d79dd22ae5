import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, DETERMINERS, MEASURE_NOUNS, PEOPLE } from "#brief/figures/language/lexicon.ts";
import { isPlural, phrase } from "#brief/figures/language/phrase.ts";
import { atSentenceStart, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Tickets went on sale on Monday and four of them have sold out", "Police questioned the suspects and two of them
// were charged": a part "K of them" with no count before it to carry a noun from named nothing, so the fallback
// dropped it (small and bare) or found no noun phrase ("them") and dropped it too, however large: the sentence's
// only fact vanished. "them" stands for the plural noun before it, which the part counts ('tickets'), and them-state.ts
// then adds what the part did or is ('tickets sold out'). A count before it carries its own noun (carry-count.ts).

/** How many words before the head the antecedent may keep: "ticket holders", "injured passengers". */
const MODIFIERS = 2;

/** How many words back the noun may be: "Tickets went on sale on Monday and four of them". */
const REACH = 12;

/** Words before the count that make "N of them" the whole group again: "the three of them", "all four of them". */
const WHOLE = new Set(["the", "all", "both"]);

/** Nouns of occasions, which name nothing a part did: "played at Wembley 35 times … won 25 of them". */
const OCCASIONS = new Set(["times", "occasions"]);

/** Labels a part "K of them" with no label by the plural noun "them" stands for, the nearest head before it. */
export function themAntecedent(toks: readonly Tok[], r: Raw): void {
  if (r.label !== "" || r.currency !== undefined || r.percent || r.unit !== undefined) return;
  if (!isWord(toks[r.e], "of") || !isWord(toks[r.e + 1], "them")) return;
  // ("the dynamics of the three of them", "all four of them": the whole group said again, no part of anything.)
  // ("there are two of them": how many there are of what was said before, no part.)
  if (WHOLE.has(toks[r.s - 1]?.l ?? "") || (BE_FORMS.has(toks[r.s - 1]?.l ?? "") && isWord(toks[r.s - 2], "there"))) return;
  const found = antecedent(toks, r.s);
  if (found === undefined) return;
  r.label = found;
  // "two of them" standing for suspects counts people, as "two suspects" does.
  if (PEOPLE.has(found.slice(found.lastIndexOf(" ") + 1))) r.kind = "people";
}

/** Words a part of "them" priced or valued says itself by: "one of them for £4,150", "each of them at $20". */
const PARTS = new Set(["one", "each", "two", "three", "some", "most", "all"]);

/**
 * "signed five cheques to Pike, one of them for £4,150": a sum "for" or "at" after "K of them" is what one of the
 * things "them" stands for came to, so it is labelled by them ("one of the cheques"); the sentence's own reading took a
 * word of the verb ("signed": 'transfer fee'). Undefined when no such part stands right before the amount.
 */
export function themPriced(toks: readonly Tok[], r: Raw): string | undefined {
  if (r.currency === undefined || !(isWord(toks[r.s - 1], "for") || isWord(toks[r.s - 1], "at"))) return undefined;
  if (!isWord(toks[r.s - 2], "them") || !isWord(toks[r.s - 3], "of") || !PARTS.has(toks[r.s - 4]?.l ?? "")) return undefined;
  const found = antecedent(toks, r.s - 4);
  return found === undefined ? undefined : `${toks[r.s - 4]!.l} of the ${found}`;
}

/** The plural noun phrase "them" stands for, the nearest head before `start`; undefined when none is sure. */
function antecedent(toks: readonly Tok[], start: number): string | undefined {
  // A people's noun passed over after a preposition ("wrote letters to the ministers but only two of them replied"):
  // "them" may as well stand for it, so a thing's noun further back is no sure antecedent.
  let passedPeople = false;
  for (let j = start - 1; j >= 0 && start - j <= REACH; j--) {
    const t = toks[j]!;
    // A head, not a noun describing the next ("the ticket holders"); the parse calls a sentence's first word a name
    // ("Tickets went on sale").
    const noun = t.pos === "NOUN" || (t.pos === "PROPN" && atSentenceStart(toks, j));
    if (!isWord(t) || !noun || toks[j + 1]?.pos === "NOUN" || !isPlural(t.l)) continue;
    // The nearest plural is a unit or occasions: "them" stands for those, which name nothing; no noun further back.
    if (MEASURE_NOUNS.has(t.l) || OCCASIONS.has(t.l)) return undefined;
    let from = j;
    while (from > j - MODIFIERS && (toks[from - 1]?.pos === "NOUN" || toks[from - 1]?.pos === "ADJ")) from--;
    // "Voters went to the polls and 400 of them voted early": a noun after a preposition is where or how, seldom
    // what "them" stands for, which is a subject or an object; passed over for the next. After "of" it is what a
    // group is made of ("its corps of butlers -- six of them full-time"), and so what "them" counts.
    const before = toks[from - 1] !== undefined && DETERMINERS.has(toks[from - 1]!.l) ? from - 2 : from - 1;
    if (toks[before]?.pos === "ADP" && !isWord(toks[before], "of")) {
      passedPeople ||= PEOPLE.has(t.l);
      continue;
    }
    if (passedPeople && !PEOPLE.has(t.l)) return undefined;
    // "Investors bought shares and 3,000 of them lost money", "Students visited museums and five of them got lost":
    // the people who act earlier in the sentence are as likely to be "them" as the thing they acted on, and only the
    // meaning tells; a thing's noun is named only when no people's plural stands before it.
    if (!PEOPLE.has(t.l) && peopleBefore(toks, from, start - REACH)) return undefined;
    // ("makes cars and vans and two of them were recalled": "them" stands for both, no one noun names the part.)
    if ((isWord(toks[from - 1], "and") || isWord(toks[from - 1], "or")) && toks[from - 2]?.pos === "NOUN" && isPlural(toks[from - 2]!.l)) return undefined;
    return phrase(toks, from, j + 1);
  }
  return undefined;
}

/** A people's plural noun ("investors", "students") between `floor` and `end`, the words before the antecedent. */
function peopleBefore(toks: readonly Tok[], end: number, floor: number): boolean {
  for (let j = end - 1; j >= Math.max(0, floor); j--) {
    const t = toks[j]!;
    if (isWord(t) && (t.pos === "NOUN" || t.pos === "PROPN") && PEOPLE.has(t.l)) return true;
  }
  return false;
}
