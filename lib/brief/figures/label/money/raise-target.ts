import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "It is hoped the expedition will raise £250,000", "set up a GoFundMe account to raise $50,000", "plans to raise $1bn
// from the flotation": money still to be raised is a target, but label.ts names every amount of "raise" by the noun
// of "raised", so the card said the money was in (card audit 21, sample O: '£250,000 — raised for the Lewis Moody
// Foundation'; 17 cnndm-dev and dev-bbc cards said so of an infinitive or a future). Done raising keeps "raised":
// "helped to raise", "went on to raise", "was able to raise", "players raise £33m every week".

/** Words before "raise" that make it a raising still to come: the infinitive's "to" and the modals. */
const FUTURE = new Set(["to", "will", "would", "could", "can", "may", "might", "shall", "should", "'ll"]);

/** Words before that "to" which say the raising was done ("helped to raise", "went on to raise", "was able to raise"). */
const DONE_BEFORE_TO = new Set(["help", "helps", "helped", "helping", "managed", "manages", "on", "able", "succeeded"]);

/** How far before the amount "raise" may stand ("to raise up to $20,000", "to raise at least 16.4bn rupees"). */
const RAISE_REACH = 4;

/** Whether a label read as "raised" names money the clause says is still to be raised. */
function stillToRaise(toks: readonly Tok[], r: Raw): boolean {
  for (let v = r.s - 1; v >= 0 && r.s - v <= RAISE_REACH; v--) {
    const t = toks[v];
    if (!isWord(t)) return false;
    if (t.l !== "raise") continue;
    const before = toks[v - 1];
    if (!isWord(before) || !FUTURE.has(before.l)) return false;
    return before.l !== "to" || !DONE_BEFORE_TO.has(toks[v - 2]?.l ?? "");
  }
  return false;
}

/** "£250,000 — raised for X" of "will raise £250,000 for X" → "target for X"; any other label is left as it is. */
export function raiseTarget(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined || !r.label.startsWith("raised") || (r.label.length > 6 && r.label[6] !== " ")) return;
  if (stillToRaise(toks, r)) r.label = `target${r.label.slice(6)}`;
}
