import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGES } from "#brief/figures/label/change/change-after.ts";
import { AUXILIARIES, DETERMINERS, MONTHS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// An amount labelled by its change noun alone ('6 per cent — fall', '0.7% — growth') that restates the sentence's own
// change: set off after a dash ("the index shed 600 points -- a startling 6 per cent fall in five minutes"), or what a
// participle of showing after a comma shows ("the country's factory output was released, showing 0.7% growth"). The
// change is the main clause subject's, so the label becomes that subject and the noun ('index fall'). change-owner.ts
// reads only the nearest verb before the amount, which here is an aside's ("having been down") or the showing itself.
// Not a pronoun subject ("It lost 300 points -- a 5% fall"), a subject that is a change itself, a dash after a verb
// that changes nothing ("The mayor spoke -- a 5% rise…"), nor what a report shows ("Figures were released, showing
// 0.7% growth": the figures did not grow).

/** Verbs of losing what the index or the company had: a fall told by what went ("shed 600 points"). */
const LOSING = new Set(["shed", "sheds", "shedding", "lost", "loses", "lose", "losing", "wiped", "wipes"]);

/** Participles that show a change of the clause's subject. */
const SHOWING = new Set(["showing", "marking", "representing", "reflecting"]);

/** Nouns of a report: what they show is another thing's change. */
const REPORTS = new Set(["figures", "data", "statistics", "numbers", "survey", "report", "study", "poll", "research", "analysis", "release", "estimate", "estimates"]);

const DASHES = new Set(["-", "--", "—", "–"]);

/** The main clause's verb before token `end`: the first verb of change or of losing, else (with `any`) the last verb. */
function mainVerb(toks: readonly Tok[], end: number, any: boolean): number {
  let last = -1;
  for (let v = 0; v < end; v++) {
    const t = toks[v];
    if (!isWord(t)) continue;
    // "The index 100 lost 300 points": the tagger may call a past of losing a noun, so it is read whatever its tag.
    if (LOSING.has(t.l)) return v;
    if (t.pos !== "VERB") continue;
    if (upDown(t) !== undefined) return v;
    last = v;
  }
  return any ? last : -1;
}

/**
 * Where the subject of the verb at v ends, for verbSubject: before a month or a quarter it is "for" or "in" ("output
 * for December was released"), which the subject's noun phrase cannot be read back over.
 */
function subjectEnd(toks: readonly Tok[], v: number): number {
  let k = v;
  while (k > 0 && AUXILIARIES.has(toks[k - 1]?.l ?? "")) k--;
  const time = toks[k - 1]?.l ?? "";
  const prep = toks[k - 2]?.l ?? "";
  return (prep === "for" || prep === "in") && (MONTHS.has(time) || time === "quarter") ? k - 2 : v;
}

/** Relabels a bare change noun that restates its sentence's change with the main clause's subject; left as it was otherwise. */
export function changeRestated(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !CHANGES.has(r.label)) return;
  // Back from the amount over its article and judging words ("a startling") to the mark that sets it off.
  let j = r.s - 1;
  while (j >= 0 && isWord(toks[j]) && (DETERMINERS.has(toks[j]!.l) || toks[j]!.pos === "ADJ" || toks[j]!.pos === "ADV")) j--;
  const mark = toks[j];
  if (mark === undefined) return;
  const dash = DASHES.has(mark.s);
  const showing = isWord(mark) && SHOWING.has(mark.l) && toks[j - 1]?.s === ",";
  if (!dash && !showing) return;
  // After a dash the sentence must tell a change to restate; what a participle shows is its clause's (any verb).
  const v = mainVerb(toks, showing ? j - 1 : j, showing);
  if (v < 0) return;
  const np = verbSubject(toks, subjectEnd(toks, v));
  if (np === undefined) return;
  const subject = phrase(toks, np[0], np[1]);
  const words = subject.toLowerCase().split(" ");
  if (words.some((w) => CHANGES.has(w) || REPORTS.has(w))) return;
  r.label = `${subject} ${r.label}`;
}
