import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A weight in stone and pounds ("Weighing 6st 3lbs (39kg)", "He weighs 15st 7lb", "a 12 stone 4lb boxer") is one
// weight: read apart, the stone lost the pounds ('6st — weight', a value error wherever carded) and the pounds were
// left a second weight off the card (card audit 47's shape 18). Kept in stone to three decimals, as inches fold into
// feet (read-height.ts): 6st 3lbs is 6.214st, and the highlights' "20st" still finds the weight it begins (in pounds,
// 284lb, one tune highlight number fell off a card); a bracketed kilograms after it stays its conversion.

/** Stone said glued or as a word: "6st", "15 stone". */
const STONE = /^(?:st|stone|stones)$/;

/** Pounds after the stone: "lb", "lbs", "pound", "pounds". */
const POUNDS = /^(?:lb|lbs|pound|pounds)$/;

/** Pounds in a stone. */
const STONE_POUNDS = 14;

/**
 * Folds the pounds said after a weight in stone into it: 0–13 pounds, named, after "6st" or "15 stone" give the
 * weight in stone (unit "st") and the token after them; nothing changes when no pounds follow.
 */
export function foldStonePounds(toks: readonly Tok[], r: { value: number; j: number; glued?: string }): void {
  // "15 stone 7lb": the word "stone" is no glued unit and stands at r.j.
  const word = r.glued === undefined && isWord(toks[r.j]) && STONE.test(toks[r.j]?.l ?? "") ? 1 : 0;
  if ((word === 0 && (r.glued === undefined || !STONE.test(r.glued))) || !Number.isInteger(r.value)) return;
  const n = toks[r.j + word];
  const unit = toks[r.j + word + 1];
  if (n?.kind !== NUM || !/^\d{1,2}$/.test(n.s) || Number(n.s) >= STONE_POUNDS) return;
  // "6st 3lbs", "15 stone 7 lb": the pounds named, glued or not (a bare "6st 3" may be a score or a list).
  if (!isWord(unit) || !POUNDS.test(unit.l)) return;
  r.value = Math.round((r.value + Number(n.s) / STONE_POUNDS) * 1000) / 1000;
  r.j += word + 2;
  r.glued ??= "st";
}
