import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { DANGLING } from "#brief/figures/label/measures/lonely-label.ts";
import { isDash } from "#brief/figures/language/dash-aside.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "In all there have been 64 recorded outbreaks in 2026 - worryingly 7 in the past fortnight - compared to 81 last
// year": a bare count set off in a dash aside with a window back from now right after it is the part of the whole that
// fell in that window. Given the whole's noun alone it read as a second total ('7 — recorded outbreaks' beside '64 —
// recorded outbreaks'; card audit 57, AY's made-up shape 2): it keeps its window, 'recorded outbreaks in the past
// fortnight'. Only inside a dash aside: "including six in the past month" after a comma stays the whole's noun
// (subset-scope.ts), as the aside's dashes are what set the count apart from the sentence's own time.

/** Window words after "the" that look back from now. */
const BACK = new Set(["last", "past"]);

/** The periods a window back is counted in: the durations, and the fortnight they leave out. */
const WINDOW_PERIODS = new Set([...DURATIONS, "fortnight", "fortnights"]);

/** How many words (adverbs: "worryingly", "already") may stand between the aside's opening dash and the count. */
const OPENER_REACH = 2;

/** Whether a dash opens an aside right before the count at `s`, over a few words only. */
function asideOpens(toks: readonly Tok[], s: number): boolean {
  for (let j = s - 1; j >= 0 && s - j <= OPENER_REACH + 1; j--) {
    if (isDash(toks[j])) return true;
    if (!isWord(toks[j])) return false;
  }
  return false;
}

/**
 * The label `r` takes when it is such a part ("recorded outbreaks in the past fortnight"; "" when it is none): `r`, a
 * count carrying the count before's label `label`, stands in a dash aside and is said with a window back from now
 * ("in/over the past/last (N) PERIOD") that closes the aside or the sentence, within the card's label length.
 */
export function asideWindow(toks: readonly Tok[], r: Raw, label: string): string {
  const p = toks[r.e];
  if (!isWord(p) || (p.l !== "in" && p.l !== "over") || !isWord(toks[r.e + 1], "the") || !BACK.has(toks[r.e + 2]?.l ?? "")) return "";
  // "in the past two weeks": the window's own count, one token of digits or a word.
  let k = r.e + 3;
  if (toks[k]?.kind === NUM || (isWord(toks[k]) && WINDOW_PERIODS.has(toks[k + 1]?.l ?? "") && !WINDOW_PERIODS.has(toks[k]!.l))) k++;
  if (!isWord(toks[k]) || !WINDOW_PERIODS.has(toks[k]!.l)) return "";
  const after = toks[k + 1];
  if (!(after === undefined || isDash(after) || after.s === ".") || !asideOpens(toks, r.s)) return "";
  const window = ` ${phrase(toks, r.e, k + 1)}`;
  // The carried label may end on the whole's dangling preposition ("recorded outbreaks in" before "2026"), which the
  // card would cut (candidates.ts) but the window would keep in the middle: the window replaces it.
  let head = label;
  for (let cut = head.lastIndexOf(" "); cut > 0 && DANGLING.has(head.slice(cut + 1)); cut = head.lastIndexOf(" ")) head = head.slice(0, cut);
  const whole = `${head}${window}`;
  return whole.split(" ").length <= MAX_LABEL_WORDS ? whole : "";
}
