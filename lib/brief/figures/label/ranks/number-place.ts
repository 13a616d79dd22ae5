import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { readCore } from "#brief/figures/read/amount/read-core.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "She is No 3 behind Elena Petrova", "now No 3 in the world", "sits at No 4 in the scoring charts behind Ruiz": a
// place said "No N" with what ranks it after it. Only "ranked No 4", "came in at No 3" and "at number three" were
// ranks, so these were listed as '3 — ranking' with no candidate, and a player's place in the world, the news of the
// story, never reached the card (card audit 48's shape 13). The words after the place name the ranking: "in the
// world" a world ranking, "in the charts" a place in them, "behind NAME" the place behind who holds the one above.

/** Nouns that are a ranking, not a thing in it ("in the scoring charts", "in the world rankings"). */
const RANKINGS = new Set(["chart", "charts", "list", "table", "rankings", "ranking", "standings", "poll"]);

/** The lowest place read: a world ranking runs to a thousand. */
const LOWEST_PLACE = 1000;

/** Things named by a number, and verbs of wearing or riding one: the "No N" after them is no place. */
export const NUMBERED: ReadonlySet<string> = new Set([
  "seat", "shirt", "jersey", "bib", "car", "bike", "bus", "route", "platform", "room", "gate", "stand", "row", "bed",
  "ward", "house", "flat", "plot", "lane", "stall", "box", "case", "flight", "train", "court", "pitch", "locker",
  "prisoner", "wear", "wears", "wore", "wearing", "worn", "ride", "rides", "rode", "riding", "drive", "drives", "drove",
  "driving",
]);

/** The most words of a name a place is "behind". */
const NAME_WORDS = 3;

/** The ranking named after a place ending at `e`, or "" when none is. */
function rankingAfter(toks: readonly Tok[], e: number): string {
  if (isWord(toks[e], "in") && isWord(toks[e + 1], "the")) {
    // "No 7 in the world", lower case: "wear No 10 in the World Cup" names a tournament, no ranking.
    const world = toks[e + 2];
    if (isWord(world, "world") && world.s === "world" && !RANKINGS.has(toks[e + 3]?.l ?? "")) return "world ranking";
    const end = forwardNP(toks, e + 2);
    if (end > e + 2 && RANKINGS.has(toks[end - 1]!.l)) return `place in the ${phrase(toks, e + 2, end)}`;
    return "";
  }
  // "behind Elena Petrova": a name, not "behind closed doors" nor "behind the goal".
  if (!isWord(toks[e], "behind")) return "";
  let k = e + 1;
  while (k < e + 1 + NAME_WORDS && isWord(toks[k]) && isCapitalised(toks[k]!)) k++;
  // "at No 10 behind Mr Johnson's back": an owner's name opens a noun phrase, no one the place is behind.
  if (/'s$|s'$/.test(toks[k - 1]?.l ?? "")) return "";
  return k > e + 1 ? `place behind ${phrase(toks, e + 1, k)}` : "";
}

/** A place "No N" (`i` at "No", capitalised: "no 3" is a negation) with its ranking after it, or undefined. */
export function numberPlace(toks: readonly Tok[], i: number): { raw: Raw; next: number } | undefined {
  if (toks[i]?.s !== "No" || toks[i + 1]?.kind !== NUM) return undefined;
  // "seat No 14 behind John Smith", "riding No 93 behind Rossi", "Route No 38 in the list": a number a seat, a
  // shirt or a bike wears is its name, not a place, whatever stands after it.
  if (NUMBERED.has(toks[i - 1]?.l ?? "")) return undefined;
  const core = readCore(toks, i + 1);
  if (core === undefined || core.ordinal || core.value < 1 || core.value > LOWEST_PLACE) return undefined;
  if (!Number.isInteger(core.value)) return undefined;
  const e = core.end;
  const label = rankingAfter(toks, e);
  if (label === "") return undefined;
  const raw = wholeFigure(toks, i, e, {
    value: core.value, label, kind: "rank", type: "rank", ordinal: true, words: false, whole: true,
  });
  return { raw, next: e };
}
