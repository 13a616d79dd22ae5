import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { deedAfter } from "#brief/figures/label/counts/deed-after.ts";
import { AUXILIARIES, CONJUNCTIONS, HAVE_FORMS, PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { atSentenceStart, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Only 300 members voted for the plan": a count that "only" or "just" limits is news for what the few did, set
// against what was expected of the many; labelled by its noun alone ('Only 300 — members') the card said how many
// members there are, the opposite of the point. The verb the counted noun is the subject of, with its short
// complement, says it ('members voted for plan'). Only a count that opens its clause, so the noun is the verb's
// subject ("voted for only 300 members" is no subject), and only a label still the bare noun phrase: a verb another
// rule folded in ("people signed", "players injured") is kept.

/** Marks that end the clause before a count. */
const CLAUSE_MARKS = new Set([",", ";", ":", "(", "-", "–", "—"]);

/** The qualifiers that limit a count to few. */
const LIMITING = new Set(["only", "just"]);

/** The index of the finite verb the noun phrase ending at k is the subject of, past "have" ("have voted"); else -1. */
function verbAt(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  if (!isWord(t)) return -1;
  // (The tagger calls a perfect's "have" an auxiliary or a verb.)
  if (HAVE_FORMS.has(t.l)) {
    const p = toks[k + 1];
    return isWord(p) && p.pos === "VERB" && !AUXILIARIES.has(p.l) ? k + 1 : -1;
  }
  if (t.pos !== "VERB") return -1;
  // "were injured", "will vote", "did not": a passive or a modal is read by the fold and forecast rules, not here.
  return AUXILIARIES.has(t.l) ? -1 : k;
}

// "300 members voted to strike", "About 200 residents backed the scheme": a group's choice is the news whatever qualifies
// the count, so a verb of choosing names it without "only" ('300 — members' said how many members there are; labels70).
const CHOOSING = new Set([
  "voted", "backed", "opted", "chose", "agreed", "refused", "declined", "supported", "opposed", "rejected", "approved", "endorsed",
]);

/** Words before the "to" of a doing that make it the verb's choice: "voted to strike", "agreed to take the cut". */
const CHOSEN_TO = new Set(["voted", "opted", "chose", "agreed", "refused", "declined"]);

/**
 * The label "NOUN VERB COMPLEMENT" of a count opening its clause ("members voted for plan"), limited by "only" or "just",
 * or doing a verb of choosing ("members voted to strike"); else "".
 */
export function onlyDoing(toks: readonly Tok[], r: Raw): string {
  if (r.currency !== undefined || r.percent || r.unit !== undefined) return "";
  if (r.ordinal || r.compound !== undefined || r.kind === "measure") return "";
  // A clause opens at the sentence's start, a clause mark or a conjunction; not after an owner's apostrophe
  // ("Mendes' only two professional losses have come …", where the count is the owner's).
  const before = toks[r.s - 1];
  const opens = atSentenceStart(toks, r.s) || CLAUSE_MARKS.has(before?.s ?? "") || CONJUNCTIONS.has(before?.l ?? "");
  if (!opens) return "";
  const end = forwardNP(toks, r.e);
  if (end <= r.e || r.label !== phrase(toks, r.e, end)) return "";
  const v = verbAt(toks, end);
  if (v < 0) return "";
  // ("200 families supported by the charity": a participle's "by" makes it no choice of theirs.)
  const chose = CHOOSING.has(toks[v]!.l) && !isWord(toks[v + 1], "by");
  if (!LIMITING.has(r.qualifier ?? "") && !chose) return "";
  // "voted this week to strike": a time its determiner opens says when, no object ('members voted week'; review43b).
  const w = toks[v + 1]?.pos === "DET" && PERIOD_NOUNS.has(toks[v + 2]?.l ?? "") ? v + 3 : v + 1;
  // "voted to strike", "refused to work": the choice is the doing after "to", its verb alone ('members voted' says less).
  const to = CHOSEN_TO.has(toks[v]!.l) && isWord(toks[w], "to") && toks[w + 1]?.pos === "VERB";
  if (to) {
    const chosen = `${r.label} ${toks[v]!.l} to ${deedAfter(toks, w + 1, (j) => whenOrWhere(toks, j))}`;
    // A doing the card's label cannot hold whole is not cut to a part ('radio listeners voted to go on'; review43b).
    if (chosen.split(" ").length <= MAX_LABEL_WORDS) return chosen;
    return LIMITING.has(r.qualifier ?? "") ? `${r.label} ${toks[v]!.l}` : "";
  }
  const deed = w === v + 1 ? deedAfter(toks, v) : toks[v]!.l;
  // "Four out of 10 US states voted for him": a choice whose object the label cannot hold says what was chosen no more
  // than the noun did; only a limited count's verb alone is news ("Only 12 residents turned up").
  const last = deed.split(" ").at(-1);
  const named = deed.includes(" ") && toks.slice(v + 1, v + 5).find((t) => t.l === last)?.pos !== "ADP";
  return LIMITING.has(r.qualifier ?? "") || named ? `${r.label} ${deed}` : "";
}

/**
 * Whether a preposition at j opens no phrase a chosen doing keeps: one of when or where ("voted to strike on Friday",
 * "… in Leeds and York", "… in the spring", "… from next week", "… for 48 hours") or of no noun ("… over pay", the
 * tagger's verb), which left 'voted to strike over'. A common noun's phrase is kept, what was chosen as often as where
 * ("voted to go on strike", "chose to work from home": 'voted to go' said they left), and so is a particle, a
 * preposition before another or the clause's end ("walk out over pay", "step down in March"; review43b).
 */
function whenOrWhere(toks: readonly Tok[], j: number): boolean {
  if (toks[j]?.pos !== "ADP") return false;
  const next = toks[j + 1];
  if (!isWord(next) || next.pos === "ADP") return false;
  let n = pastDeterminers(toks, j + 1);
  while (toks[n]?.pos === "ADJ") n++;
  const t = toks[n];
  return t?.pos !== "NOUN" || PERIOD_NOUNS.has(t.l) || SEASONS.has(t.l);
}

/** Seasons, times a doing is put off to ("voted to strike in the spring"). */
const SEASONS = new Set(["spring", "summer", "autumn", "winter", "fall"]);
