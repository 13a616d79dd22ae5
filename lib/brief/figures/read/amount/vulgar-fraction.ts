import { adjacent, type Tok } from "#brief/figures/language/tokens.ts";

// "About 23½ inches of ash fell", "After deliberating for 11½ hours": a vulgar fraction glued to whole digits is part
// of the number (23.5), not a stray mark after it; read alone, the digits lost their half and the unit after the mark
// went unread ('About 23 — inches' counted as things, '11' no figure at all).

/** The value of each vulgar fraction character. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([["½", 1 / 2], ["¼", 1 / 4], ["¾", 3 / 4], ["⅓", 1 / 3], ["⅔", 2 / 3], ["⅛", 1 / 8], ["⅜", 3 / 8], ["⅝", 5 / 8], ["⅞", 7 / 8]]);

/** The fraction glued after the whole digits at `i` ("23½" → 0.5), else undefined. */
export function vulgarFraction(toks: readonly Tok[], i: number): number | undefined {
  const t = toks[i];
  const f = toks[i + 1];
  if (t === undefined || f === undefined || !/^\d+$/.test(t.s) || !adjacent(t, f)) return undefined;
  return FRACTIONS.get(f.s);
}
