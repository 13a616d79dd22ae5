import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// '"We have gone five matches on the road without a victory"': a count a spell verb governs ("gone", "went",
// "played") is the run of NOUNs without something, and the "without" names what the run lacked; labelled by its noun
// alone ('five — matches') it read as the matches played (card audit 56, sample AX's made-up shape 10).

/** Verbs that make a count of games or spells a run: "gone five matches", "went 10 games", "played six games". */
const RUN_VERBS = new Set(["gone", "go", "goes", "going", "went", "played", "play", "plays", "playing"]);

/** How many words may stand between the counted noun and "without" ("on the road", "in all competitions"). */
const WITHOUT_REACH = 4;

/** Words that may open what a run lacked before its head: "a victory", "an away win", "any goals". */
const OPENERS = new Set(["a", "an", "any"]);

/** Labels a run's count by what it lacked: "gone five matches … without a victory" → matches without a victory. */
export function goneWithout(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.percent || r.unit !== undefined) return;
  const verb = toks[r.s - 1];
  const noun = toks[r.e];
  if (!isWord(verb) || !RUN_VERBS.has(verb.l) || !isWord(noun) || r.label !== noun.l) return;
  for (let k = r.e + 1; k <= r.e + 1 + WITHOUT_REACH; k++) {
    const t = toks[k];
    if (!isWord(t)) return;
    if (t.l !== "without") continue;
    const opener = isWord(toks[k + 1]) && OPENERS.has(toks[k + 1]!.l) ? `${toks[k + 1]!.l} ` : "";
    const head = toks[k + 1 + (opener === "" ? 0 : 1)];
    if (isWord(head)) r.label = `${noun.l} without ${opener}${head.l}`;
    return;
  }
}
