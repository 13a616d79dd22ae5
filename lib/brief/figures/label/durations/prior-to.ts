import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "phoned the council two weeks prior to the fire": "prior to" is a formal "before", and the time counts back from
// the event after it as "two weeks before the fire" does; read as two words, "prior" was no offset, and the time was
// labelled by its unit alone ('two — weeks', a strict-rule bad label in card audits 37 and 38).

/** Whether "prior to" starts at `k`, right after a duration's unit: the time before what follows it. */
export const priorTo = (toks: readonly Tok[], k: number): boolean => isWord(toks[k], "prior") && isWord(toks[k + 1], "to");
