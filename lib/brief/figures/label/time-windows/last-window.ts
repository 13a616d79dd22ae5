import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the twelfth stranded dolphin found on the island in the last 20 years": a window back from now holds an ordinal's
// things as "in 20 years" does (ordinal-window.ts → years with twelve stranded dolphins); read only as a bare "in", the
// window was labelled by its unit alone ('20 — years', card audit 38), since its clause's participle names no doing a
// window's clause reads (duration-window.ts).

/** Window words after "the" that look back from now: "in the last 20 years", "in the past decade". */
const BACK = new Set(["last", "past"]);

/** Where the "in" of "in the last/past" before a duration starting at `s` is; -1 when none stands there. */
export const lastWindow = (toks: readonly Tok[], s: number): number =>
  isWord(toks[s - 3], "in") && isWord(toks[s - 2], "the") && BACK.has(toks[s - 1]?.l ?? "") ? s - 3 : -1;
