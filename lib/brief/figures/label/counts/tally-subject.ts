import type { Raw } from "#brief/figures/card/figure.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { ADVERBS, AUXILIARIES, BE_FORMS, DOWN_VERBS, DURATIONS, RAISING, UP_VERBS } from "#brief/figures/language/lexicon.ts";
import { pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { participleSpelling } from "#brief/figures/label/durations/past-doing.ts";

// "The number of people waiting for more than four hours was 7,434", "the amount stolen - £22,642 - had been paid",
// "The total rescued since Friday has now reached 8,480", "the number sold will reach 159 million": a subject that is
// a tally ("the number", "the amount", "the total") names nothing itself; what it is of does, said after it by "of" or
// by a participle. The card read these as 'amount', 'total', 'number', or, when a span stood inside the subject, took
// the span's unit as the amount's ("7,434 — hours", a duration of 7,434 hours: elided-span.ts). Only a tally after
// "the" that opens its clause: "a number of" is "several", "a total of" is total-of.ts's.

/**
 * Heads that only say how much of what follows them
 * ("the numbers of cyclists injured had risen": card-audit-45's shape 5).
 */
const TALLIES = new Set(["number", "numbers", "amount", "total"]);

/** Labels a tally subject replaces: none, or the tally word itself. */
const REPLACED = new Set(["", "number", "numbers", "amount", "total"]);

/** Words that may open the clause a tally subject starts: "confirmed that the amount stolen …", "…, the number …". */
const CLAUSE_OPENERS = new Set(["that", "and", "but", "while", "whereas", "as", "when", ",", ";", ":"]);

/** How many words the tally's subject may run to before its verb: "people waiting for more than four hours". */
const SUBJECT_WORDS = 8;

/** "reached", "will reach", "rose to", "fell from 7,613 to": the verb group between a subject and its amount. */
function verbGroupStart(toks: readonly Tok[], s: number): number {
  let k = s;
  // "fell from 7,613 to 6,630": the level left behind is the same tally's.
  if (isWord(toks[k - 1], "to") && toks[k - 2]?.kind === NUM && isWord(toks[k - 3], "from")) k -= 3;
  let verb = false;
  while (k > 0) {
    const t = toks[k - 1]!;
    if (t.kind !== WORD) break;
    const l = t.l;
    // "is expected to reach": a raising word before its "to" is of the group.
    const raising = RAISING.has(l) && isWord(toks[k], "to");
    // "the numbers of camera phones … more than doubled to 7.5 million": a hedge on the verb is of the group too.
    const hedge = l === "than" && verb && /^(?:more|less)$/.test(toks[k - 2]?.l ?? "");
    if (hedge) {
      k -= 2;
      continue;
    }
    const grouped = BE_FORMS.has(l) || AUXILIARIES.has(l) || UP_VERBS.has(l) || DOWN_VERBS.has(l) || t.pos === "AUX" || (t.pos === "VERB" && !verb) || raising;
    if (grouped) verb = verb || t.pos === "VERB" || BE_FORMS.has(l) || UP_VERBS.has(l) || DOWN_VERBS.has(l);
    else if (!(ADVERBS.has(l) || t.pos === "ADV" || l === "to" || l === "at" || l === "by")) break;
    k--;
  }
  return verb ? k : s;
}

/** Whether the "for" at k only opens a span ("for more than four hours"), a word English may leave out. */
function spanFor(toks: readonly Tok[], k: number): boolean {
  if (!isWord(toks[k], "for")) return false;
  for (let n = k + 1; n <= k + 3; n++) if (toks[n]?.kind === NUM || CARDINAL_WORDS.has(toks[n]?.l ?? "")) return DURATIONS.has(toks[n + 1]?.l ?? "");
  return false;
}

/**
 * The subject's words as said, numbers too ("more than four hours", not "more than hours"), without the "for" of a
 * span, so that the label fits the card ("people waiting more than four hours").
 */
function said(toks: readonly Tok[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (!spanFor(toks, k)) out.push(toks[k]?.kind === NUM ? toks[k]!.s : phrase(toks, k, k + 1));
  return out.filter((w) => w !== "").join(" ");
}

/** Labels `r` by what the tally subject before it is of; true when it did. */
export function tallySubject(toks: readonly Tok[], r: Raw): boolean {
  // "… for more than four hours was 7,434": a span inside the subject lent the amount its unit; no unit follows it.
  const lent = r.type === "duration" && r.unit !== undefined && r.label === r.unit && r.glued === undefined && !DURATIONS.has(toks[r.e]?.l ?? "");
  if (!REPLACED.has(r.label.toLowerCase()) && !lent) return false;
  // "the amount stolen - £22,642 - had been paid": an amount set off right after its subject.
  const aside = r.s > 0 && /^(?:-|–|—|\()$/.test(toks[r.s - 1]?.s ?? "") ? r.s - 1 : -1;
  const end = aside >= 0 ? aside : verbGroupStart(toks, r.s);
  if (end === r.s) return false;
  for (let t = end - 2; t >= 1 && end - t <= SUBJECT_WORDS + 2; t--) {
    const head = toks[t]!;
    if (head.kind !== WORD || !TALLIES.has(head.l) || !isWord(toks[t - 1], "the")) continue;
    const opener = toks[t - 2];
    // ("suspected the amount stolen … was": a verb of thought or saying opens its clause without "that", a clause with
    // a finite verb of its own; "taking the number of people employed to 38.9 million" is the verb's object.)
    const finite = toks.slice(end, r.s).some((x) => BE_FORMS.has(x.l) || x.pos === "AUX");
    if (t - 1 > 0 && !(opener !== undefined && (CLAUSE_OPENERS.has(opener.l) || CLAUSE_OPENERS.has(opener.s) || (opener.pos === "VERB" && finite)))) return false;
    // "the number of people waiting …" → people waiting …; "the amount stolen" keeps its head: amount stolen.
    const of = isWord(toks[t + 1], "of");
    const from = of ? pastDeterminers(toks, t + 2) : t;
    // ("The total rescued since Friday": a participle the tagger may call a noun, by its ending.)
    const done = toks[t + 1]?.kind === WORD && (toks[t + 1]?.pos === "VERB" || participleSpelling(toks[t + 1]!.l));
    if (!of && !done) return false;
    if (from >= end || toks.slice(from, end).some((x) => x.s === "," || x.s === "(" || x.s === "-")) return false;
    const label = said(toks, from, end);
    if (label === "") return false;
    r.label = label;
    // The tally counts: the span said inside its subject is no unit of the amount.
    if (lent) {
      r.kind = "count";
      // Cleared, not deleted: a delete makes the Raw a slow dictionary-mode object for every rule after (rawOf, figure.ts).
      r.type = undefined;
      r.unit = undefined;
      r.period = undefined;
    }
    return true;
  }
  return false;
}
