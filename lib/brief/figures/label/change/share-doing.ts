// "From a birth certificate to the deeds to a car, only eight per cent keep a spare copy online": a share that opens
// its clause and is the subject of a verb right after it counts those who do what the clause says ('keep spare copy
// online'). With no noun of its own it took the nearest noun phrase, which a fronted aside before the comma named
// ('— car', the thirty-fifth round's made-up shape); without the aside, the words after the verb ('spare copy online').
// A verb of saying or taking a side is poll-answer.ts' (tried first); a verb of rising or falling is a change's.
// A sentence opened by a partitive, "Of 520 permits the city has handled in the past nine months roughly 70 per cent
// went to small firms", makes the share its main clause's subject with no comma before it: the share took the
// nearest noun ('— months', card-audit-45's made-up shape 3); it is of the partitive's whole, which the label names
// first (permits went to small firms), as after a comma ("Of the 80 cases heard …, 45% ended in a fine").
// "Out of" opens the same partitive, and a perfect or passive's auxiliaries stand between the share and its verb:
// "Out of 640 applications received since March, about 80 per cent have been approved" read '— applications' or the
// noun before the comma; the share did what the participle says, of that whole (applications approved), the
// participle alone when nothing follows it. Only after a whole: a bare "80% have been approved" says not of what.
import { answerFrom } from "#brief/figures/label/change/poll-answer.ts";
import { withAbsolute } from "#brief/figures/label/change/with-absolute.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, PUNCT, type Tok, upDown } from "#brief/figures/language/tokens.ts";
import { BE_FORMS, HAVE_FORMS, NEGATIVE_ADVERBS } from "#brief/figures/language/lexicon.ts";

/** Words after which a clause opens: "…, only 8% keep", "while 30% rent". */
const OPENERS = new Set(["and", "but", "while", "whereas", "yet"]);

/** Words that make a share another of the one before, its verb often after auxiliaries: "a further 16% are considering". */
const ANOTHER = new Set(["further", "another"]);

/** The token after adverbs of when or how at `e` ("41 per cent now supporting the mayor"); a negative one stays. */
function pastAdverbs(toks: readonly Tok[], e: number): number {
  let k = e;
  while (toks[k]?.pos === "ADV" && !NEGATIVE_ADVERBS.has(toks[k]!.l) && k < e + 2) k++;
  return k;
}

/**
 * "Of 520 permits …", "Out of the 80 cases …": the whole a sentence-opening partitive names, before `s`; else "".
 */
function frontedWhole(toks: readonly Tok[], s: number): string {
  let f = 0;
  while (toks[f]?.kind === PUNCT) f++;
  if (isWord(toks[f], "out")) f++;
  if (!isWord(toks[f], "of")) return "";
  const n = isWord(toks[f + 1], "the") ? f + 2 : f + 1;
  const count = toks[n];
  if (count === undefined || !(count.kind === NUM || CARDINAL_WORDS.has(count.l))) return "";
  const end = forwardNP(toks, n + 1);
  return end > n + 1 && end < s ? phrase(toks, n + 1, end) : "";
}

/** The participle after a perfect's or a passive's auxiliaries at `e` ("have been approved", "were found"), else -1. */
function participleAfter(toks: readonly Tok[], e: number): number {
  let k = e;
  if (HAVE_FORMS.has(toks[k]?.l ?? "")) k++;
  if (isWord(toks[k], "been") || (k === e && BE_FORMS.has(toks[k]?.l ?? ""))) k++;
  return k > e && toks[k]?.pos === "VERB" ? k : -1;
}

/** The clause a share ending before `r.e` is the subject of ("keep spare copy online"), else "". */
export function shareDoing(toks: readonly Tok[], r: Raw): string {
  if (!r.percent) return "";
  const whole = frontedWhole(toks, r.s);
  const before = toks[r.s - 1];
  // "with 41 per cent now supporting the mayor": the adverb is passed over to the verb (it took the clause before's
  // 'week', blind sample BC's made-up shape 5); "a further 16% are considering changing": its auxiliaries too.
  const e = pastAdverbs(toks, r.e);
  const v = whole === "" && !ANOTHER.has(before?.l ?? "") ? -1 : participleAfter(toks, e);
  const at = v < 0 ? e : v;
  const verb = toks[at];
  if (!isWord(verb) || verb.pos !== "VERB" || upDown(verb) !== undefined) return "";
  // "… once a month with 20 per cent admitting to texting": an absolute clause's subject (with-absolute.ts).
  const opens = before === undefined || /^[,;:]$/.test(before.s) || (isWord(before) && (OPENERS.has(before.l) || ANOTHER.has(before.l))) || withAbsolute(before, verb);
  if (!opens && whole === "") return "";
  // "about 80 per cent have been approved.": the participle alone says what the whole's share did.
  const doing = answerFrom(toks, at) || (v < 0 ? "" : verb.l);
  return whole === "" || doing === "" ? doing : `${whole} ${doing}`;
}
