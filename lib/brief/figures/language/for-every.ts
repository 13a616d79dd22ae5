import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "12 doctors for every 100 people": "for every" is a rate's "per" said in two words. Read by the rate (rate.ts, the
// count per its base) and by the type of the base after it (type.ts: no count), so it lives apart from both.

/** Whether "for every" stands at k. */
export const forEvery = (toks: readonly Tok[], k: number): boolean => isWord(toks[k], "for") && isWord(toks[k + 1], "every");
