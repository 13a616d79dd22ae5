import { CONJUNCTIONS, MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, nounStop, pastDeterminers, pastQuantity } from "#brief/figures/language/noun-phrase.ts";
import { amountUnit, subjectBefore } from "#brief/figures/language/subject.ts";
import { describesAmount } from "#brief/figures/language/change-verb.ts";
import { asideNoun, isDash } from "#brief/figures/language/dash-aside.ts";
import { oldLevelFrom } from "#brief/figures/card/old-level.ts";

// The noun phrase nearest a number whose own noun or verb says nothing; never a phrase that only says when.

/**
 * The noun phrase nearest a number whose own noun or verb says nothing ("a 40% drop in profits", "£35million in
 * pay rises", "while 41% say"): what follows "of"/"in" after it, else the subject before it, else the closest
 * noun phrase before it in the sentence, else the first after it.
 */
export function nearestNP(toks: readonly Tok[], s: number, e: number): string {
  const after = toks[e];
  if (isWord(after) && (after.l === "of" || after.l === "in" || after.l === "on" || after.l === "for")) {
    const k = pastDeterminers(toks, e + 1);
    // "an increase of 248,000 in the number of people in work": what the number counts, not 'number'.
    const [from, end] = pastQuantity(toks, k, forwardNP(toks, k));
    if (end > from) return phrase(toks, from, Math.min(end, from + 4));
  }
  // "slumped from a peak of seven million to just 1.5 million", "from four million in the 1980s to 1.2 million": the
  // subject or noun before the old level, whose words name only it and when it was (old-level.ts).
  const from = oldLevelFrom(toks, s);
  const before = from >= 0 ? from : s;
  const subject = subjectBefore(toks, before);
  if (subject) return subject;
  for (let j = before - 1; j >= 0 && before - j <= 8; j--) {
    const t = toks[j];
    if (t === undefined || (t.kind === WORD && CONJUNCTIONS.has(t.l))) break;
    // "scored an astonishing 286 from a potential 300": the word that judges an amount (this one or one before it) is
    // no noun of the sentence.
    if (t.kind === WORD && !nounStop(toks, j) && !describesAmount(toks, j) && !amountUnit(toks, j)) {
      const np = backNP(toks, j + 1, false);
      // "went on sale in mid-November priced $150", "in late March for £200": when, never what.
      if (np && !saysWhen(toks, np[0], np[1])) return phrase(toks, np[0], np[1]);
    }
  }
  for (let k = e; k < toks.length && k - e <= 4; k++) {
    // "- the play … only recouped $12m - the revival trend shows": past a closing dash is another clause (dash-aside.ts).
    const aside = isDash(toks[k]) ? asideNoun(toks, s) : undefined;
    if (aside !== undefined) return aside;
    const end = forwardNP(toks, k);
    if (end > k && toks[k]?.kind === WORD && !saysWhen(toks, k, end)) return phrase(toks, k, Math.min(end, k + 4));
  }
  return "";
}

/** Words that place a month in time: "late March", "early January", "mid November". */
const MONTH_PARTS = new Set(["early", "late", "mid", "end", "start", "middle"]);

/** A month or weekday, or a part of a month glued to it ("mid-November", "late-March"). */
function isWhen(t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  const dash = t.l.indexOf("-");
  return MONTHS.has(t.l) || WEEKDAYS.has(t.l) || (dash > 0 && MONTH_PARTS.has(t.l.slice(0, dash)) && MONTHS.has(t.l.slice(dash + 1)));
}

/**
 * Whether the words from..to only say when: months and weekdays ("mid-November", "Monday"), or a part of the month
 * said right after them ("late" of "late March").
 */
function saysWhen(toks: readonly Tok[], from: number, to: number): boolean {
  const words = toks.slice(from, to);
  return words.every(isWhen) || (words.every((t) => MONTH_PARTS.has(t.l)) && isWhen(toks[to]));
}
