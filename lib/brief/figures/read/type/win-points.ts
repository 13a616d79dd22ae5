import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Leicester struck late to earn a vital three points", "Sheffield Wednesday claimed all three points", "delighted with
// the three points": a league win is worth three points, so "the three points" a team got, needed or was after says
// only that it won (or wanted to), which the card says better with the score; it counts nothing ('three — points' on
// 33 dev cards). Three points said as a margin ("three points behind", "within three points of the title", "up three
// points" in a poll, "docked three points", "scored three points") are a figure and stay.

/** Words after "three points" that make it a margin or a tally: "three points clear", "three points in the polls". */
const MARGIN_AFTER = new Set(["behind", "ahead", "clear", "above", "below", "off", "adrift", "short", "of", "covering", "separating", "between", "better", "worse", "lead", "gap", "per", "in"]);

/** Words after it that make a margin only before their second word: "three points away from", "three points more than". */
const MARGIN_PAIRS: ReadonlyMap<string, string> = new Map([["away", "from"], ["more", "than"], ["fewer", "than"], ["less", "than"]]);

/** Verbs whose "up" is a particle, not a rise: "picked up all three points", "snapped up three points". */
const PICK = new Set(["pick", "picks", "picked", "picking", "snap", "snaps", "snapped", "snapping", "rack", "racked", "racking", "chalk", "chalked"]);

/** Words just before it that make it a margin, a change or a tally: "by three points", "up three points", "docked". */
const MARGIN_BEFORE = new Set(["by", "up", "down", "within", "docked", "deducted", "scored", "scoring", "scores", "kicked", "trail", "trailed", "trailing", "led", "lead", "leads", "leading", "rose", "fell", "gained", "lost", "dropped", "cut"]);

/** Words of a gap that make "to three points" a margin closed: "closed the gap on them to three points". */
const GAP = new Set(["gap", "lead", "deficit", "advantage", "margin"]);

/** How far back the words before it are read: "picked up all three points", "earn a vital three points". */
const REACH = 2;

/** Whether the figure r is a league win's "three points", no figure. */
export function winPoints(toks: readonly Tok[], r: Raw): boolean {
  if (r.value !== 3 || r.valueMax !== undefined || r.e !== r.s + 1) return false;
  // "claim three precious points": one word that judges them may stand before "points".
  const p = isWord(toks[r.e], "points") ? r.e : toks[r.e]?.pos === "ADJ" && isWord(toks[r.e + 1], "points") ? r.e + 1 : -1;
  if (p < 0) return false;
  const after = toks[p + 1];
  if (isWord(after) && MARGIN_AFTER.has(after.l)) return false;
  if (isWord(after) && isWord(toks[p + 2], MARGIN_PAIRS.get(after.l) ?? "")) return false;
  // "three points on his licence": a driver's penalty points, not "three points on Saturday".
  if (isWord(after, "on") && toks.slice(p + 2, p + 4).some((w) => /^licen[cs]e$/.test(w.l))) return false;
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) break;
    if (MARGIN_BEFORE.has(t.l) && !(t.l === "up" && PICK.has(toks[k - 1]?.l ?? ""))) return false;
    if (t.l === "to" && toks.slice(Math.max(0, k - 5), k).some((w) => GAP.has(w.l))) return false;
  }
  return true;
}
