import type { Raw } from "#brief/figures/card/figure.ts";
import { MODALS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "'Giving up a season is nothing if it means four lives get saved,' she said": lives are a casualty noun, so a count
// of lives saved carded '4 — lives' beside the tolls and read as four lives lost (blind sample BB's made-up shape 2).
// Lives a speaker hopes or a report projects to save ("if it means", "would save 65 lives a year", "expected to save")
// are 'lives to be saved', nothing that happened; a saving reported ("The vaccine saved 300 lives") is 'lives saved'.
// Relabelled only: the kind and weight stay, so a projection the story is about ("would save 65 lives") keeps its place.

/** Forms of "save" before the count: "would save 65 lives", "saved 300 lives". */
const SAVE = new Set(["save", "saves", "saved", "saving"]);

/** Words between "lives" and "saved", if any: "get saved", "were saved", "could be saved". */
const PASSIVE = new Set(["get", "gets", "got", "be", "been", "being", "are", "were", "is", "was", "have", "has", "had", ...MODALS]);

/** Words that put the saving as a hope or a case, a few words before it: "would save", "to save", "if it means". */
const HOPED = new Set([...MODALS, "to", "if"]);

/** How far back from the saving a hope's word is looked for: "if it means four lives", "expected to save around". */
const REACH = 4;

/** Labels a count of lives said saved 'lives saved', or 'lives to be saved' when the saving is hoped. */
export function livesSaved(toks: readonly Tok[], r: Raw): void {
  if (!r.label.startsWith("lives")) return;
  let verb = r.s - 1;
  // "would have saved 12 lives", as "could have been saved" below: lives lost, saved only in a different past.
  if (isWord(toks[verb - 1], "have") && MODALS.has(toks[verb - 2]?.l ?? "")) return;
  if (!SAVE.has(toks[verb]?.l ?? "")) {
    let k = r.e + 1;
    while (isWord(toks[k]) && PASSIVE.has(toks[k]!.l)) k++;
    if (!isWord(toks[k], "saved")) return;
    const between = toks.slice(r.e + 1, k);
    const modal = between.findIndex((t) => MODALS.has(t.l));
    // "12 lives could have been saved": neither hoped nor saved.
    if (modal >= 0 && isWord(between[modal + 1], "have")) return;
    // A modal in the passive ("could be saved") hopes as one before the count does.
    verb = modal >= 0 ? -1 : r.s;
  }
  const rest = r.label.slice("lives".length);
  r.label = `lives ${hoped(toks, verb) ? "to be saved" : "saved"}${rest}`;
}

/** Whether a word of hope stands within REACH words before `at` in its clause (-1: hoped already). */
function hoped(toks: readonly Tok[], at: number): boolean {
  if (at < 0) return true;
  for (let k = at - 1; k >= 0 && at - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (HOPED.has(t.l)) return true;
  }
  return false;
}
