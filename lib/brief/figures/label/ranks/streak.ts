import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A run of wins or years said with an ordinal and "in a row": "their fourth win in a row", "for a third year in
// succession", "for the second year running". The general reader took the ordinal for a word of order ("fourth —
// win") or set it aside ("a third year in succession": sample M's miss, which its highlight called a "hat-trick"). The
// run is in the words after the noun, so the label keeps them ("fourth — win in a row"). "a fifth consecutive title"
// is read already ("fifth — consecutive title").

/** The token after a run's words at `k` ("in a row", "in succession", "running", "on the trot", "on the spin"), or -1. */
export function runEnd(toks: readonly Tok[], k: number): number {
  if (isWord(toks[k], "running")) return k + 1;
  if (isWord(toks[k], "in") && isWord(toks[k + 1], "a") && isWord(toks[k + 2], "row")) return k + 3;
  if (isWord(toks[k], "in") && isWord(toks[k + 1], "succession")) return k + 2;
  if (isWord(toks[k], "on") && isWord(toks[k + 1], "the") && RUN_ON.has(toks[k + 2]?.l ?? "")) return k + 3;
  return -1;
}

/** "on the trot", "on the spin", "on the bounce": a run said the British way. */
const RUN_ON = new Set(["trot", "spin", "bounce"]);

/** The label of the run whose noun follows an ordinal ending before `e` ("win in a row"), or undefined. */
export function streak(toks: readonly Tok[], e: number): string | undefined {
  const noun = toks[e];
  if (!isWord(noun)) return undefined;
  // The run's words before the noun's tag: reading a tag tags the whole sentence (pos.ts tagWhenRead), and most
  // ordinals have no run after them (254 of the bench's number sentences were tagged here for nothing else).
  const end = runEnd(toks, e + 1);
  return end < 0 || noun.pos !== "NOUN" ? undefined : toks.slice(e, end).map((t) => t.l).join(" ");
}
