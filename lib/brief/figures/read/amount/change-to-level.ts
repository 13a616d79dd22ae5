import { changeVerb } from "#brief/figures/language/change-verb.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "Its shares gained 6p to 702p", "Oil fell $2.86 to $41.32", "The claimant total fell 11,000 to 813,200": after a
// verb of rising or falling, "N to M" is a change of N and the level M it reached, not a range (was 0.06–702 GBP).
// The ends of a range of one change are estimates of the same amount, a small factor apart ("rose 6 to 8 per cent",
// "fell 20 to 30 points"); a level is many times the change that moved it (a change of a fifth of its level is rare
// news), so a second end at least LEVEL_RATIO times the first is a level. Percents are left as ranges: "rose 1% to 4%"
// is as often a range of the change as a move to a rate, and "from 6p to 702p" is read by its "from".

/** How many times the change a second end must be to read as the level reached rather than a range's upper end. */
const LEVEL_RATIO = 5;

/** Whether "N to M" starting at `s` (values `low`, `high`) is a change and the level it reached, no range. */
export function changeToLevel(toks: readonly Tok[], s: number, low: number, high: number, percent: boolean): boolean {
  if (percent || low <= 0 || high < LEVEL_RATIO * low) return false;
  return changeVerb(toks, s) >= 0;
}
