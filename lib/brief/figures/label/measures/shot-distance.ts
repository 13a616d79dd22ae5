import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "sank a putt from 25 feet for a birdie", "chipped in from 40 feet for an eagle", "a birdie putt from 15 feet": a
// golf shot's length, the score it was for naming what it measures. Labelled by its unit alone ('25 — feet', card
// audit 47, sample AO), the card said nothing of the shot. Labelled here by the score and the shot: the shot's noun
// before "from" ("a putt"), else the verb's ("chipped" → chip), else "putt" after the score ("a birdie putt").

/** The scores a golf shot is played for. */
const SCORES = new Set(["birdie", "eagle", "par", "bogey", "albatross", "double-bogey", "hole-in-one"]);

/** Units a shot's length is said in. */
const LENGTHS = new Set(["feet", "foot", "ft", "yards", "yard", "yds", "metres", "meters", "m"]);

/** Shot nouns, and the verbs that say one ("chipped in" → chip). */
const SHOT_NOUNS = new Set(["putt", "chip", "shot", "drive", "pitch", "approach"]);
const SHOT_VERBS: ReadonlyMap<string, string> = new Map([
  ["chipped", "chip"], ["chips", "chip"], ["putted", "putt"], ["putts", "putt"], ["pitched", "pitch"], ["holed", "putt"], ["sank", "putt"],
  ["drained", "putt"], ["rolled", "putt"], ["missed", "putt"],
]);

/** How far back from "from" the shot's noun or verb may stand: "then chipped in from", "sank a long putt from". */
const SHOT_REACH = 4;

/** Relabels a length labelled by its unit alone, after "from", as the shot it was: "birdie putt". */
export function shotDistance(toks: readonly Tok[], r: Raw): void {
  if (r.kind !== "measure" || r.unit === undefined || !LENGTHS.has(r.unit) || r.label !== r.unit) return;
  if (!isWord(toks[r.s - 1], "from")) return;
  const score = scoreAfter(toks, r.e + (isWord(toks[r.e]) && LENGTHS.has(toks[r.e]!.l) ? 1 : 0)) ?? scoreBefore(toks, r.s - 1);
  if (score === undefined) return;
  r.label = `${score} ${shotBefore(toks, r.s - 1)}`;
}

/** "for a birdie", "for an eagle", "for par" at k: the score, else undefined. */
function scoreAfter(toks: readonly Tok[], k: number): string | undefined {
  if (!isWord(toks[k], "for")) return undefined;
  const w = isWord(toks[k + 1], "a") || isWord(toks[k + 1], "an") ? k + 2 : k + 1;
  const t = toks[w];
  return isWord(t) && SCORES.has(t.l) ? t.l : undefined;
}

/** "a birdie putt from": the score before the shot's noun that ends right before "from" at `from`. */
function scoreBefore(toks: readonly Tok[], from: number): string | undefined {
  const shot = toks[from - 1];
  const score = toks[from - 2];
  return isWord(shot) && SHOT_NOUNS.has(shot.l) && isWord(score) && SCORES.has(score.l) ? score.l : undefined;
}

/** The shot said before "from": its noun, else its verb's, else "putt". */
function shotBefore(toks: readonly Tok[], from: number): string {
  for (let k = from - 1; k >= 0 && from - k <= SHOT_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) break;
    if (SHOT_NOUNS.has(t.l)) return t.l;
    const said = SHOT_VERBS.get(t.l);
    if (said !== undefined) return said;
  }
  return "putt";
}
