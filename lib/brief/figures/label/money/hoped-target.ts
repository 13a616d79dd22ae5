import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "with the hopes of making it to $100,000", "in the hope of raising £5,000", "hoping to reach £10,000", "aims to hit
// $1m": money a hope or an aim is set on is a target, not the hope (card audit 23's sample Q: '$100,000 — hopes') nor
// the frame's other nouns ('£5,000 — page', '£10,000 — Christmas'). A hope with no verb of reaching ("hopes to sell
// the striker for £20m") keeps its price.

/** Words of hoping or aiming that set a target. */
const HOPE = /^(?:hope|hopes|hoped|hoping|aim|aims|aimed|aiming)$/;

/** Verbs of reaching an amount ("reach", "hit", "raise"), in the forms after "to" and "of". */
const REACH = /^(?:reach|reaching|hit|hitting|raise|raising|top|topping|surpass|surpassing)$/;

/** Verbs of "making it to", "getting to". */
const GET_TO = /^(?:make|making|get|getting)$/;

/** Words that may stand between the hope and its "to" or "of" ("in the hope of", "with the hopes of"). */
const FRAME_REACH = 2;

/** Whether the money at r is what a hope or aim before it is set on. */
function hopedFor(toks: readonly Tok[], r: Raw): boolean {
  let v = r.s - 1;
  // Over the amount's hedge: "to raise up to $20,000", "to reach at least £1m".
  while (v > r.s - 4 && isWord(toks[v]) && !REACH.test(toks[v]!.l) && !isWord(toks[v], "to")) v--;
  if (isWord(toks[v], "to") && isWord(toks[v - 1], "it") && GET_TO.test(toks[v - 2]?.l ?? "")) v -= 2;
  else if (!REACH.test(toks[v]?.l ?? "") || !isWord(toks[v])) return false;
  const link = toks[v - 1];
  if (!isWord(link) || (link.l !== "to" && link.l !== "of")) return false;
  for (let h = v - 2; h >= v - 1 - FRAME_REACH && h >= 0; h--) {
    const t = toks[h];
    if (isWord(t) && HOPE.test(t.l)) return true;
  }
  return false;
}

// "The Leeds runner is now only £900 away from her goal", "the appeal stands £3,000 short of its target": the money is
// what is still missing on the way to a target, and the card labelled it by the subject ('just under £2,500 — Dorset
// pensioner') or the bare 'short' (card audit 55's made-up shape 6). Labelled as what is still needed to reach the
// target the words after name; only a target's word makes it one.

/** Words right after an amount that make it a distance to a target: "£900 away from", "£3,000 short of", "shy of". */
const SHORT_OF: ReadonlyMap<string, string> = new Map([["away", "from"], ["short", "of"], ["shy", "of"]]);

/** Heads a shortfall is measured to: "her goal", "the target", "its total". */
const TARGETS = new Set(["goal", "target", "total", "aim", "figure", "sum", "amount"]);

/** Words between the shortfall's "from"/"of" and the target: a verb of reaching, an owner or an article. */
const BEFORE_TARGET = /^(?:reaching|hitting|meeting|making|its|her|his|their|the|our|my|a|an)$/;

/** "still needed to reach goal" when the money at r is a distance to a target ("£900 away from her goal"); else none. */
function shortfall(toks: readonly Tok[], r: Raw): string | undefined {
  const word = toks[r.e];
  if (!isWord(word) || SHORT_OF.get(word.l) !== toks[r.e + 1]?.l) return undefined;
  let k = r.e + 2;
  while (k < r.e + 5 && isWord(toks[k]) && BEFORE_TARGET.test(toks[k]!.l)) k++;
  const head = toks[k];
  // "fell £2m short of the asking price": a gap to a price or a rival, no target still being raised for.
  return isWord(head) && TARGETS.has(head.l) ? `still needed to reach ${head.l}` : undefined;
}

/**
 * Labels "target" money a hope or an aim is set on, and "still needed" the money a target is short by; a "target for
 * X" already read is left as it is.
 */
export function hopedTarget(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined) return;
  const missing = shortfall(toks, r);
  if (missing !== undefined) r.label = missing;
  if (missing !== undefined || r.label.startsWith("target") || !hopedFor(toks, r)) return;
  r.label = r.label.startsWith("raised") ? `target${r.label.slice(6)}` : "target";
}
