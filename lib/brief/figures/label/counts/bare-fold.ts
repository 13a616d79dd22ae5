import type { FigureKind, Raw } from "#brief/figures/card/figure.ts";
import { foldAt } from "#brief/figures/label/counts/fold.ts";
import { resultRun } from "#brief/figures/label/counts/result-run.ts";
import { AUXILIARIES, BE_FORMS, CASUALTY_WORDS, DETERMINERS, FOLD_PEOPLE, PARTICLES, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A bare count its verb governs, with no count before it in the sentence to lend its noun, was labelled by the verb
// alone: "killing 12" → '12 — killed', "Newcastle lost six in a row" → '6 — lost' (of kind people), "three lost
// consciousness" → '3 — lost'. A count labelled by its verb says what happened but not to what (card audits). The
// verb's own shape often says what: a toll told as a participle or a relative clause is of people; a defeat run
// ("in a row", "of their last eight") counts games; a subject that lost something is people who lost it; the subject
// of a passive whose verb is done to people ("all four were charged", "five have been detained") is people: the verb
// says what was done to it, and a person verb is done to people. Anything else keeps the verb: a key number is never
// dropped for want of a label ("nine were sold": sold what, the parse cannot tell).

/** Relative pronouns before a toll's verb: "the disaster that killed two", "The attack, which killed five". */
const RELATIVES = new Set(["which", "that"]);

/** A bare count a person verb was done to: a toll's casualties, else people. */
function ofPeople(fold: string): { label: string; kind: FigureKind } {
  return { label: `people ${fold}`, kind: CASUALTY_WORDS.has(fold) ? "casualties" : "people" };
}

/** The label and kind of the bare count `r` whose fold verb is `r.fold`, or undefined to keep the verb alone. */
export function bareFold(toks: readonly Tok[], r: Raw): { label: string; kind: FigureKind } | undefined {
  const fold = r.fold;
  if (fold === undefined || r.ordinal) return undefined;
  // The count as its verb's subject, past auxiliaries ("as many as 600 have lost", "at least 1,800 died").
  let v = r.e;
  let passive = false;
  // (An adverb inside the verb group is passed too: "four were later charged", "have since been freed".)
  for (; AUXILIARIES.has(toks[v]?.l ?? "") || (passive && toks[v]?.pos === "ADV"); v++) passive ||= BE_FORMS.has(toks[v]?.l ?? "");
  // "three lost consciousness": the count is the subject, its verb's object is what they lost; "600 have lost their
  // lives" is a toll, said as the card says a toll's "lives" elsewhere.
  if (fold === "lost" && isWord(toks[v], "lost")) {
    // (Past an owner: "lost their homes".)
    const head = POSSESSIVES.has(toks[v + 1]?.l ?? "") ? v + 2 : v + 1;
    const end = forwardNP(toks, head);
    if (end <= head) return undefined;
    if (isWord(toks[end - 1], "lives")) return { label: "lives lost", kind: "casualties" };
    return { label: `people who lost ${phrase(toks, v + 1, end)}`, kind: "people" };
  }
  const people = CASUALTY_WORDS.has(fold) || FOLD_PEOPLE.has(fold);
  // "all four were charged", "five have been detained": the count is the subject of its verb's passive. Not a phrasal
  // verb's ("2.4 billion were fired off": texts), whose particle makes it another verb than the person verb; a
  // particle's word that opens a noun phrase is its preposition ("were rescued off the coast").
  const said = toks[v]?.l ?? "";
  const particle = PARTICLES.has(toks[v + 1]?.l ?? "") && !DETERMINERS.has(toks[v + 2]?.l ?? "");
  if (people && passive && (said === fold || CASUALTY_WORDS.get(said) === fold) && !particle) return ofPeople(fold);
  const k = foldAt(toks, r.s);
  const verb = toks[k];
  if (!isWord(verb)) return undefined;
  // "crashed killing all 150 on board", "the disaster that killed two", "raided the flat, arresting nine": what an
  // event did to people (not "The gunmen killed 3", whose verb and its doers are the news the card already tells).
  if (people && (verb.l.endsWith("ing") || RELATIVES.has(toks[k - 1]?.l ?? ""))) return ofPeople(fold);
  // "lost six in a row", "losing four and winning two of his last six": games lost (result-run.ts).
  if (fold === "lost") {
    const games = resultRun(toks, r);
    if (games !== undefined) return { label: games, kind: "count" };
  }
  return undefined;
}
