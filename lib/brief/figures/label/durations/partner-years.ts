import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A partner's years: "her husband of four years", "his wife of over 56 years", "her boyfriend of two years". How long
// a couple has been married or together, background to the story and never a prison term.

/** Whom a duration "of N years" can describe: a marriage or a partnership. */
const PARTNERS = new Set(["husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "spouse"]);

/** The partners of those a marriage's years count; the years of the others count a couple's time together. */
const SPOUSES = new Set(["husband", "wife", "spouse"]);

/**
 * Labels the duration `r` (its unit `unit`) by the marriage or the couple when a partner stands before its "of" ("years
 * married", "years together"), not by the partner who is named; the unit joins the display ("over 56 years"), as
 * measuredThing joins it. False, and `r` untouched, when no partner does.
 */
export function partnerYears(toks: readonly Tok[], r: Raw, unit: string): boolean {
  const partner = isWord(toks[r.s - 1], "of") ? toks[r.s - 2] : undefined;
  if (!isWord(partner) || !PARTNERS.has(partner.l)) return false;
  r.label = `${unit} ${SPOUSES.has(partner.l) ? "married" : "together"}`;
  if (toks[r.e]?.l === unit) r.e++;
  return true;
}
