import type { Raw } from "#brief/figures/card/figure.ts";
import { isDash } from "#brief/figures/language/dash-aside.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The winger fed on the possession his side were enjoying -- 70 per cent during the first 20 minutes -- and tested the
// keeper early": a percent that opens a dash aside restates a share the clause before the dash named, and is that
// share; the label took a word beside it ('70 per cent — side'; blind sample BB's made-up shape 1). Only nouns that
// are a share by themselves: possession, turnout, occupancy ("a share of …" says its own base).

/** Nouns that are a share with no base said: "70 per cent possession", "a turnout of 64%". */
const SHARE_NOUNS = new Set(["possession", "turnout", "occupancy"]);

/** How far back from the dash the share's noun may stand: "the possession his side were enjoying --". */
const REACH = 8;

/** Labels a percent right after an opening dash by the share noun the clause before it names. */
export function dashShare(toks: readonly Tok[], r: Raw): void {
  if (!r.percent || !isDash(toks[r.s - 1])) return;
  // "--" is typed as two dashes.
  const dash = isDash(toks[r.s - 2]) ? r.s - 2 : r.s - 1;
  for (let k = dash - 1; k >= 0 && dash - 1 - k < REACH; k--) {
    const t = toks[k]!;
    // Another number (no word) or a mark between: the aside restates that, or the clause ends.
    if (!isWord(t)) return;
    if (SHARE_NOUNS.has(t.l)) {
      r.label = t.l;
      return;
    }
  }
}
