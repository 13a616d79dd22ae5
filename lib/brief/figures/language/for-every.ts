import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "12 doctors for every 100 people", "50 milligrams of alcohol in every 100 millilitres of blood", "once in every 88
// births": "for every" and "in every" are a rate's "per" said in two words. Read by the rate (rate.ts, the count per
// its base) and by the type of the base after it (type.ts: no count), so it lives apart from both.

/** Whether "for every" or "in every" stands at k. */
export const forEvery = (toks: readonly Tok[], k: number): boolean => (isWord(toks[k], "for") || isWord(toks[k], "in")) && isWord(toks[k + 1], "every");
