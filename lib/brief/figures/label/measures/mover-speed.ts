import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "A barge … chugs along at a gentle 3mph." / "Wild jet-skiers roar by at 6mph.": a speed "at" after the verb of what
// moves is that mover's, and the card's bare 'speed' on both read as two speeds of one thing (card audit 56, sample AX's
// made-up shape 8). Named by the verb's subject when it is a noun ("speed of wild jet-skiers"); a pronoun, or a verb
// the speed does not follow, leaves the dimension alone.

/** Particles between a verb of motion and its "at": "roar by at", "sped off at", "zoomed past at". */
const PARTICLES = new Set(["by", "past", "off", "away", "along", "through", "on", "up", "down"]);

/** Words between "at" and a speed: "at a gentle 3mph", "at an average 70mph". */
const BEFORE_SPEED = (t: Tok | undefined): boolean => isWord(t) && (t.l === "a" || t.l === "an" || t.pos === "ADJ");

/**
 * Whether the word at v, before a particle and "at", is a plural's verb the tagger calls a noun ("jet-skiers roar by
 * at"): a noun phrase does not go on into "by at".
 */
function pluralsNoun(toks: readonly Tok[], v: number): boolean {
  const before = toks[v - 1];
  return toks[v]?.pos === "NOUN" && before?.pos === "NOUN" && /[^s']s$/.test(before.l);
}

/** "speed of SUBJECT" for a speed "at" right after a verb whose subject is a noun; else undefined. */
export function moverSpeed(toks: readonly Tok[], r: Raw): string | undefined {
  let at = r.s - 1;
  while (at > r.s - 3 && BEFORE_SPEED(toks[at])) at--;
  if (!isWord(toks[at], "at")) return undefined;
  let v = at - 1;
  const particle = isWord(toks[v]) && PARTICLES.has(toks[v]!.l);
  if (particle) v--;
  if (!(toks[v]?.pos === "VERB" || (particle && pluralsNoun(toks, v)))) return undefined;
  // "Okafor's chip was clocked at 41 mph": a passive's subject is what was measured, no mover the verb names.
  // ("was travelling at 90mph" is no passive: its subject moves.)
  if (BE_FORMS.has(toks[v - 1]?.l ?? "") && !toks[v]!.l.endsWith("ing")) return undefined;
  // "a van travelling at 85mph": a participle right after a noun describes that noun, the mover (the clause's own
  // subject, "a workman caught hanging out the door of a van", is not: 'speed of door' on a dev card).
  const reduced = toks[v - 1]?.pos === "NOUN" && /(?:ing|ed)$/.test(toks[v]!.l);
  const np = reduced ? backNP(toks, v, false) : verbSubject(toks, v);
  if (np === undefined || np[1] - np[0] > 3 || PRONOUNS.has(toks[np[1] - 1]?.l ?? "")) return undefined;
  const subject = phrase(toks, np[0], np[1]);
  return subject === "" ? undefined : `speed of ${subject}`;
}
