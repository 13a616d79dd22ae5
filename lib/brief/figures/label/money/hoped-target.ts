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

/** Labels "target" money a hope or an aim is set on; a "target for X" already read is left as it is. */
export function hopedTarget(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined || r.label.startsWith("target") || !hopedFor(toks, r)) return;
  r.label = r.label.startsWith("raised") ? `target${r.label.slice(6)}` : "target";
}
