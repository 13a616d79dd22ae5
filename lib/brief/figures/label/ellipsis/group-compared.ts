import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "people in their forties join 14 clubs via the app, compared to people in their fifties who join 9, and people in
// their sixties who will have joined just three": counts of one noun compared across groups, each group the subject
// of its own verb. The elided counts took the first's noun alone and all three read 'clubs' (card audit 55's made-up
// shape 1), so the card said three numbers of one thing. Each is the noun of its group: "clubs of people in their
// fifties", and the first, once a later count names a group, of its own subject ("clubs of people in their forties").

/** Words that open a compared group before its "who": "compared to …", ", and …", "than …", "while …". */
const GROUP_OPENS = new Set([",", "to", "with", "and", "than", "while", "whereas"]);

/** How many words back a group's "who", or a verb's subject, may run. */
const REACH = 6;

/** The words between an opener ("that", ",", "to" …) and `k`, when at most REACH of them; else "". */
function groupBefore(toks: readonly Tok[], k: number): string {
  let from = k;
  while (from > 0 && k - from < REACH && !GROUP_OPENS.has(toks[from - 1]!.l) && toks[from - 1]!.l !== "that") from--;
  const opened = GROUP_OPENS.has(toks[from - 1]?.l ?? "") || isWord(toks[from - 1], "that");
  return from < k && opened ? phrase(toks, from, k) : "";
}

/**
 * The group a bare count at `s` is of when a relative clause's verb governs it ("people in their fifties who join 9",
 * "… who will have joined just three"): the words before "who" back to the opener; "" otherwise.
 */
export function relativeGroup(toks: readonly Tok[], s: number): string {
  let k = s - 1;
  if (toks[k]?.pos !== "VERB") return "";
  k--;
  while (toks[k]?.pos === "AUX") k--;
  return isWord(toks[k], "who") ? groupBefore(toks, k) : "";
}

/**
 * Labels the elided count `r` (label `label`) of its group, and the count `first` it elides of the subject of the verb
 * before it, when the label then fits; true when `r` was so labelled.
 */
export function groupCompared(toks: readonly Tok[], first: Raw, r: Raw, label: string): boolean {
  // The first count's noun, which an earlier group of this sentence may already have followed with its own group.
  const noun = first.noun !== undefined && label.startsWith(`${first.noun} of `) ? first.noun : label;
  const group = relativeGroup(toks, r.s);
  if (group === "" || `${noun} of ${group}`.split(" ").length > MAX_LABEL_WORDS) return false;
  r.label = `${noun} of ${group}`;
  // "people in their forties join 14 clubs": the first count's verb and its subject, once, as the noun alone still.
  if (first.label === noun && toks[first.s - 1]?.pos === "VERB") {
    const own = groupBefore(toks, first.s - 1);
    if (own !== "" && `${noun} of ${own}`.split(" ").length <= MAX_LABEL_WORDS) first.label = `${noun} of ${own}`;
  }
  return true;
}
