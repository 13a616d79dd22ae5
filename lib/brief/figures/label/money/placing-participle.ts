import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Kiwair raised the number of pilots based in Madrid from 140 to 410": a participle that says where a noun's things
// are ("based", "working", "stationed") stands between the noun and the place, so place-label.ts, which reads only a
// common noun right before "in", left the place as the label ('410 — Madrid (from 140)'; card audit 57, AY's made-up
// shape 11). Over the participle the noun is what was counted, and the place stays with it: pilots based in Madrid.

/** Participles that place a noun's things somewhere: "pilots based in", "staff working in", "troops stationed in". */
const PLACING = new Set(["based", "living", "working", "stationed", "employed", "located", "deployed", "housed", "registered"]);

/** Whether `t` is a participle that places the noun before it: "based" in "pilots based in Madrid". */
export function placingParticiple(t: Tok | undefined): boolean {
  return isWord(t) && PLACING.has(t.l);
}
