import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { PARTY_REACH } from "#brief/figures/label/money/money-party.ts";
import { moneyVerbNoun } from "#brief/figures/label/money/money-verb.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Parking charges and fines made councils in England a record £667million": the subject reading takes the first
// object of a verb of gain for the clause's subject ('councils'); that object is who gained the money, its earnings.

/** What a verb of gain gains, as the money verb lists name it ("made", "earns" → earnings, "won" → winnings). */
const GAINS = new Set(["earnings", "winnings", "savings"]);

/** Verbs of gain the money verb lists leave out. */
const MORE_GAIN_VERBS: ReadonlyMap<string, string> = new Map([["netted", "earnings"], ["win", "winnings"], ["wins", "winnings"]]);

/** The noun of what a verb of gain whose first object gains the amount after it gained, or undefined. */
function gainNoun(verb: string): string | undefined {
  const noun = moneyVerbNoun(verb);
  return noun !== undefined && GAINS.has(noun) ? noun : MORE_GAIN_VERBS.get(verb);
}

/**
 * What a subject label `subject` gained, when it is a gain verb's first object before the amount at `s` ("made
 * councils … £667million" → earnings for councils); undefined for a subject that is no such object.
 */
export function gainedBy(toks: readonly Tok[], s: number, subject: string): string | undefined {
  const first = subject.split(" ")[0]?.toLowerCase();
  for (let i = s - 1; i > 0 && s - i <= PARTY_REACH; i--) {
    if (toks[i]?.l !== first) continue;
    const v = isWord(toks[i - 1]) && DETERMINERS.has(toks[i - 1]!.l) ? i - 2 : i - 1;
    const verb = toks[v];
    const noun = isWord(verb) && verb.pos === "VERB" ? gainNoun(verb.l) : undefined;
    return noun === undefined ? undefined : `${noun} for ${subject}`;
  }
  return undefined;
}
