import { ORDINAL_WORDS } from "#news/numbers.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Senator Smith, who says she is not running, is a distant second at 22 percent": a poll's share is the holder's, but
// the noun before "at" is the place the share puts them ('22 percent — distant second'). The share is labelled by who
// holds that place, the subject of its copula, over an aside set off by commas.

/** Verbs that put a subject in a place: "is second", "came third", "sits fourth". */
const PLACE_VERBS = new Set(["is", "was", "are", "were", "came", "comes", "finished", "sits", "stands", "lies", "trails"]);

/** Words for how far a place is from the next, whatever the tagger calls them: "a close second". */
const GAP_WORDS = new Set(["close", "distant", "clear", "narrow", "poor", "strong", "comfortable"]);

/** How far back the subject's aside may reach: "Smith, who says she is not running, is". */
const ASIDE_REACH = 12;

/**
 * Who holds the place before the percent at `s` ("is a distant second at 22 percent" → Senator Smith); "" when the
 * words before "at"/"on" are no place ("support at 54 per cent"), or no subject is found.
 */
export function rankShare(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s - 1], "at") && !isWord(toks[s - 1], "on")) return "";
  let k = s - 2;
  // "a distant second", "a close third", "second": the ordinal, an adjective and an article before it.
  if (!isWord(toks[k]) || !ORDINAL_WORDS.has(toks[k]!.l)) return "";
  k--;
  if (toks[k]?.pos === "ADJ" || GAP_WORDS.has(toks[k]?.l ?? "")) k--;
  if (isWord(toks[k], "a") || isWord(toks[k], "the")) k--;
  if (!isWord(toks[k]) || !PLACE_VERBS.has(toks[k]!.l)) return "";
  // "Smith, who says she is not running, is": back over the aside to its opening comma.
  let end = k;
  if (toks[k - 1]?.s === ",") {
    let o = k - 2;
    while (o > 0 && k - o < ASIDE_REACH && toks[o]?.s !== ",") o--;
    if (toks[o]?.s !== ",") return "";
    end = o;
  }
  const subject = backNP(toks, end, false);
  return subject === undefined || subject[1] !== end ? "" : phrase(toks, subject[0], subject[1]);
}
