import type { Raw } from "#brief/figures/card/figure.ts";
import { timesAfter } from "#brief/figures/label/counts/times-multiple.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Ohio recorded 27 boat fires last year -- nearly four times the 2011 figure", "sold 300 homes, three times the
// previous year's total": a multiple set off after a count, of "the figure" of another time, multiplies that count
// then: it takes the count's label and the time ('nearly four — times boat fires in 2011', 'three — times the
// previous year's homes sold'). "the 2011 figure" names nothing of its own, so the multiple had no label and was
// dropped (card audit 43, sample AK's made-up shape: a miss).

/** Nouns that stand for an amount said before: "the 2011 figure", "last year's total". */
const PRO_FORMS = new Set(["figure", "number", "total", "tally", "level", "count", "amount", "rate"]);

/** Marks that set an aside off: a dash or a comma between the count and its multiple. */
const ASIDE = new Set(["-", "--", "—", "–", ","]);

/** How many tokens the time may take before the pro-form: "the previous year's figure". */
const BEFORE = 4;

/** How many tokens may stand between the count and the mark setting the multiple off: "27 boat fires last year --". */
const GAP = 6;

/** Labels r, a multiple of "the figure" of another time set off after `count`, by the count and time; undrops it. */
export function multipleRestated(toks: readonly Tok[], r: Raw, count: Raw | undefined): void {
  if (r.label !== "" || count === undefined || count.label === "" || count.drop || count.e > r.s) return;
  const k = timesAfter(toks, r.e);
  if (!isWord(toks[k], "times")) return;
  // "times the 2011 figure", "times last year's total": "the" or an owner's time right after "times".
  const the = isWord(toks[k + 1], "the");
  const from = the ? k + 2 : k + 1;
  let p = from;
  while (p < from + BEFORE && !(isWord(toks[p]) && PRO_FORMS.has(toks[p]!.l))) p++;
  if (!isWord(toks[p]) || !PRO_FORMS.has(toks[p]!.l)) return;
  const mark = toks.slice(count.e, r.s).findIndex((t) => ASIDE.has(t.s));
  if (mark < 0 || mark > GAP) return;
  const when = timeOf(toks, from, p);
  if (when === "" || (!the && !/['’]s$/.test(toks[p - 1]?.s ?? ""))) return;
  // A year goes after the count ("times boat fires in 2011"), an owner's time before it ("times the previous year's").
  r.label = when.startsWith("in ") ? `times ${count.label} ${when}` : `times ${the ? "the " : ""}${when} ${count.label}`;
  r.type = "other";
  // Dropped by labelling for want of a label (a bare "times the figure" names nothing): named now, it stands.
  r.drop = false;
}

/** The time a pro-form is of: "2011" before it or "for 2011" after it → "in 2011"; "previous year's"; else "". */
function timeOf(toks: readonly Tok[], from: number, p: number): string {
  if (p === from + 1 && toks[from]?.kind === NUM) return `in ${toks[from]!.s}`;
  if (p === from && (isWord(toks[p + 1], "for") || isWord(toks[p + 1], "in")) && toks[p + 2]?.kind === NUM) return `in ${toks[p + 2]!.s}`;
  // Only a time: "the recommended daily amount" is a measure's benchmark, not the count then ("945g of protein, which
  // is 16 times the recommended daily amount" took 'times the recommended daily protein').
  const time = toks.slice(from, p).some((t) => isWord(t) && DURATIONS.has(t.l.replace(/['’]s$/, "")));
  return p > from && time ? phrase(toks, from, p) : "";
}
