import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a £250-a-month hand out from the council", "a $4.5bn bail-out", "the likely 40% turn out": a noun made of a verb
// and its particle, written open or hyphenated, is one noun. Read word by word it was cut to its verb ('£250-a-month —
// hand'), or, the tagger calling it a verb, passed over for a noun before the amount ('$4.5bn — bankruptcy thanks',
// '40% — likely'). After an article and an amount, a noun must follow, so the verb and particle are that noun.

/** Phrasal nouns by their verb, with the particles that make them nouns: "hand out", "sell-off", "pay-out". */
const PHRASAL: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ["hand", "out"], ["sell", "off"], ["pay", "out off"], ["bail", "out"], ["buy", "out"], ["shake", "up"], ["take", "over"],
    ["write", "off down"], ["lay", "off"], ["top", "up"], ["turn", "out"], ["kick", "off"], ["mark", "up down"], ["build", "up"],
    ["roll", "out"], ["walk", "out"], ["pile", "up"], ["sign", "up"], ["cut", "back"],
  ].map(([verb, particles]) => [verb!, new Set(particles!.split(" "))]),
);

/** Whether `verb` and `particle` make a phrasal noun. */
const phrasal = (verb: string, particle: string): boolean => PHRASAL.get(verb)?.has(particle) === true;

/**
 * The phrasal noun right after an amount at `e` ("hand-out", "bail-out", "turn-out") when an article opens the amount's
 * phrase (past its adjectives: "the likely 40% turn out"), with the token after it; undefined otherwise.
 */
export function phrasalNoun(toks: readonly Tok[], s: number, e: number): [string, number] | undefined {
  const noun = nounAfter(toks, e);
  // The noun is looked for before the article past the amount's adjectives: those are read by tag, and the first tag
  // asked tags the whole sentence, which every money and percent sentence paid for here though few hold such a noun.
  if (noun === undefined) return undefined;
  let k = s - 1;
  while (k >= 0 && toks[k]?.pos === "ADJ") k--;
  return DETERMINERS.has(toks[k]?.l ?? "") ? noun : undefined;
}

/** The phrasal noun at `e`, hyphenated ("bail-out") or open ("hand out"), with the token after it; else undefined. */
function nounAfter(toks: readonly Tok[], e: number): [string, number] | undefined {
  const t = toks[e];
  if (!isWord(t)) return undefined;
  const [verb = "", particle = ""] = t.l.split("-");
  if (t.l.split("-").length === 2 && phrasal(verb, particle)) return [t.l, e + 1];
  const next = toks[e + 1];
  return isWord(next) && phrasal(t.l, next.l) ? [`${t.l}-${next.l}`, e + 2] : undefined;
}
