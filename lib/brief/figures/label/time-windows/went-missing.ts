import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The pilot, who went missing more than five years ago": the tagger calls "missing" a verb, so the time point's event
// was read as "missing", which has no past to name, and the label stayed 'years ago' (card audit 38). The state goes
// with the verb of becoming before it, whose past names the event: years since going missing.

/** Pasts of "go" whose state after them is the event: "went missing". */
const WENT = new Set(["went"]);

/** The verb of an event at `v`, or the "went" before it when `v` is the state it reached ("went missing"). */
export const wentMissing = (toks: readonly Tok[], v: number): number => (isWord(toks[v], "missing") && WENT.has(toks[v - 1]?.l ?? "") ? v - 1 : v);
