import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, CONJUNCTIONS, MONEY_NOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { frameClause } from "#brief/figures/label/money/frame-clause.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "The fine came on top of some £40million it is paying in refunds", "fund Yahoo to the tune of $2m", "would cost in
// region of £50million", "the average sale is in the £5,300 range", "we found almost £8billion extra … for the NHS":
// the noun of an idiom around an amount ('top', 'tune', 'region', 'range', 'extra') is a frame and names nothing; the
// label is what the amount counts: the noun past the frame, else the verb or subject the frame hangs on (card audits 22
// and 24: '£40million — top', '£8billion — extra', '10 per cent — excess'). Any other label is left as it is.

/** Nouns of an idiom "<prep> (the) N of <amount>": "on top of", "to the tune of", "in the region of", "as part of". */
const BEFORE_FRAMES = new Set(["top", "tune", "region", "order", "neighbourhood", "neighborhood", "vicinity", "part", "excess", "upwards"]);

/** Nouns of an idiom "in the <amount> N": "in the £5,300 range", "in the 30% bracket". */
const AROUND_FRAMES = new Set(["range", "region", "bracket"]);

/** The longest frame noun: "neighbourhood". */
const FRAME_LENGTH = Math.max(...[...BEFORE_FRAMES, ...AROUND_FRAMES, "extra", "excess"].map((w) => w.length));

/** Prepositions an idiom's frame opens with: "on top of", "in excess of", "to the tune of", "as part of", "of the order of". */
const FRAME_OPENERS = new Set(["on", "in", "to", "as", "of"]);

/** How long an aside between a subject and its copula may be, in tokens. */
const ASIDE_REACH = 12;

/** How far back from a frame its verb may stand over the object: "fund the Football Licensing Authority to the tune of". */
const VERB_REACH = 5;

/** How far past the amount a purpose "in" may stand: "£40million it is paying in refunds". */
const PURPOSE_REACH = 6;

/** Relabels an amount labelled by its idiom's frame noun; any other label is left alone. */
export function frameNoun(toks: readonly Tok[], r: Raw): void {
  // Every frame is one word of at most FRAME_LENGTH letters, and lowercasing never shortens a label nor takes out a
  // space: a longer label or one of several words is none, told before its lowercased copy is made and the conversion
  // after the amount looked for (every figure passes here; those copies were a sixteenth of what a brief allocates).
  if (r.drop || r.label.length > FRAME_LENGTH || r.label.includes(" ")) return;
  const l = r.label.toLowerCase();
  const e = afterConversion(toks, r.e);
  let found: string | undefined;
  const f = BEFORE_FRAMES.has(l) && isWord(toks[r.s - 1], "of") && isWord(toks[r.s - 2], l) ? frameStart(toks, r.s - 2) : -1;
  // ("Bids reached the top of £40m": with no preposition opening the idiom, the noun is a thing the verb reached.)
  // ("…, in the order of roughly £4bn": a rough frame after a comma is the clause's change, else a sum: frame-clause.ts.)
  if (f >= 0) found = pastFrame(toks, e) ?? hungOn(toks, f) ?? frameClause(toks, f, l, r);
  else if (AROUND_FRAMES.has(l) && isWord(toks[e], l) && isWord(toks[r.s - 1], "the") && isWord(toks[r.s - 2], "in")) found = hungOn(toks, r.s - 2);
  else if (l === "extra" && isWord(toks[e], "extra")) found = extraFor(toks, e + 1);
  else if (l === "excess" && isWord(toks[e], "in") && isWord(toks[e + 1], "excess") && isWord(toks[e + 2], "of")) found = overWhat(toks, e + 3);
  if (found !== undefined && found !== "") r.label = found;
}

/** The preposition that opens a frame whose noun is at `n`, over its "the": "to the tune", "on top", "in region". */
function frameStart(toks: readonly Tok[], n: number): number {
  const k = isWord(toks[n - 1], "the") ? n - 1 : n;
  return FRAME_OPENERS.has(toks[k - 1]?.l ?? "") && isWord(toks[k - 1]) ? k - 1 : -1;
}

/**
 * What the amount counts past the frame: a noun phrase right after it ("on top of £40m fines"), else a purpose "in"
 * within its clause ("£40million it is paying in refunds", "$3bn in multi-year contracts"); never a name ("in London")
 * nor "in real terms".
 */
function pastFrame(toks: readonly Tok[], e: number): string | undefined {
  const end = forwardNP(toks, e);
  if (end > e) return phrase(toks, e, end);
  const np = phraseAfter(toks, e, "in");
  return np !== undefined && !isCapitalised(toks[np[0]] as Tok) && !isWord(toks[np[1] - 1], "terms") ? phrase(toks, np[0], np[1]) : undefined;
}

/** The noun phrase after the first `prep` within a clause's few words from `k` (no punctuation or conjunction between). */
function phraseAfter(toks: readonly Tok[], k: number, prep: string): [number, number] | undefined {
  for (let j = k; j < toks.length && j - k < PURPOSE_REACH; j++) {
    const t = toks[j];
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return undefined;
    if (t.l !== prep) continue;
    const from = pastDeterminers(toks, j + 1);
    const to = forwardNP(toks, from);
    return to > from ? [from, to] : undefined;
  }
  return undefined;
}

/**
 * What a frame opening at `f` is said of, before it: the noun of a money verb ("would cost in region of" → cost), a
 * copula's subject ("the maintenance costs are in the order of" → maintenance costs), a verb and its object ("fund Yahoo
 * to the tune of" → fund Yahoo), a noun right before ("a fine to the tune of" → fine).
 */
function hungOn(toks: readonly Tok[], f: number): string | undefined {
  if (f < 1) return undefined;
  const t = toks[f - 1];
  if (!isWord(t)) return undefined;
  const money = MONEY_NOUNS.get(t.l);
  if (money !== undefined) return money;
  if (BE_FORMS.has(t.l)) {
    // "the maintenance costs, including damage …, are": the noun phrase before the copula (over an aside), else its subject.
    let k = f - 1;
    // "the average sale so far is": over the adverbs said of the subject.
    while (k > 0 && toks[k - 1]?.pos === "ADV") k--;
    // "the maintenance costs, including damage from poor tenancy, are": over an aside set off by commas.
    if (toks[k - 1]?.s === ",") for (let o = k - 2; o > 0 && k - o < ASIDE_REACH; o--) if (toks[o]?.s === ",") {
      k = o;
      break;
    }
    const np = backNP(toks, k);
    return np === undefined ? subjectBefore(toks, f - 1) || undefined : phrase(toks, np[0], np[1]);
  }
  // "accused of looting the industrial conglomerate to the tune of": a verb with the object it acts on.
  for (let v = f - 1; v >= 0 && f - v <= VERB_REACH; v--) {
    const w = toks[v];
    if (!isWord(w)) break;
    // (An "-ing" form the tagger calls a noun is the verb: "looting the conglomerate".)
    if (w.pos === "VERB" || (w.l.endsWith("ing") && v < f - 1 && toks[v + 1]?.pos === "DET")) return v < f - 1 ? phrase(toks, v, f) : undefined;
  }
  // "a fine to the tune of £5m": the noun the frame is said of.
  if (t.pos === "NOUN") {
    const np = backNP(toks, f, false);
    return np === undefined ? undefined : phrase(toks, np[0], np[1]);
  }
  return undefined;
}

/** "£8billion extra in real terms for the National Health Service" → extra for National Health Service; no "for", none. */
function extraFor(toks: readonly Tok[], k: number): string | undefined {
  const np = phraseAfter(toks, k, "for");
  return np === undefined ? undefined : `extra for ${phrase(toks, np[0], np[1])}`;
}

/** "10 per cent in excess of the 147 lb welter limit" → over welter limit: the line exceeded, past its own measure. */
function overWhat(toks: readonly Tok[], k: number): string | undefined {
  let from = pastDeterminers(toks, k);
  // The line's own measure ("the 147 lb welter limit") is a figure of its own, not a word of its name.
  if (toks[from]?.kind === NUM) from += forwardNP(toks, from + 2) > from + 2 ? 2 : 1;
  const to = forwardNP(toks, from);
  return to > from ? `over ${phrase(toks, from, to)}` : undefined;
}
