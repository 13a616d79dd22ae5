import { deedAfter } from "#brief/figures/label/counts/deed-after.ts";
import { diedLabel } from "#brief/figures/label/counts/died-subject.ts";
import { pastDeedAt } from "#brief/figures/label/counts/times-done.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { pairStart } from "#brief/figures/label/counts/paired-noun.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { foldAfter, foldAfterCount, foldBefore } from "#brief/figures/label/counts/fold.ts";
import { timesDone } from "#brief/figures/label/counts/times-done.ts";
import { timesMultiple } from "#brief/figures/label/counts/times-multiple.ts";
import { CASUALTY_NOUNS, CASUALTY_WORDS, CONJUNCTIONS, ED_ADJECTIVES, FOLD_VERBS, GENERIC_PEOPLE, RAISING, SPORTS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { groupSize } from "#brief/figures/label/counts/group-size.ts";
import { countOf } from "#brief/figures/label/counts/count-of.ts";
import { foldPastAside, peopleLabel } from "#brief/figures/label/counts/people-verb.ts";
import { definitePronoun } from "#brief/figures/label/counts/pronoun-count.ts";
import { atSentenceStart, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { unnamedCount } from "#brief/figures/label/counts/unnamed-count.ts";

// The verb of a count (label-count.ts): what the counted did or suffered, a group's size, a multiple, a deed, else
// what stands around a count with no noun (unnamed-count.ts).

/** The verb that says what the counted did or suffered: "killed", "arrested", "attended", else the subject. */
export function countVerb(toks: readonly Tok[], r: Raw, c: Count): void {
  // A glued unit ("5,000m", "35mm") is already in the display: the label is what follows ("35mm — print",
  // "60m — hurdles"), or, failing that, a subject found below; a bare "m" is never a label.
  if (r.glued) {
    r.kind = "measure";
    r.unit ??= r.glued;
  }

  // "lined up in groups of 50", "a family of four": how many each group holds, not a count of groups; a fold verb
  // after it is the family's ("a family of four plunged into the water": family members plunged …).
  const group = c.np === "" && !r.ordinal ? groupSize(toks, r) : undefined;
  if (group !== undefined) {
    c.np = group.label;
    c.head = group.head;
  }
  // "killed 30 and 40 people": the second of a pair takes the verb before the first (paired-noun.ts).
  c.fold = foldBefore(toks, pairStart(toks, r.s), c);
  if (c.fold === undefined && c.np !== "") c.fold = foldAfterCount(toks, c, r.s);
  if (c.fold === undefined && GENERIC_PEOPLE.has(c.head)) c.fold = foldPastAside(toks, r.s, c.npEnd);
  if (c.np !== "") r.noun = c.np;
  if (c.np === "" && !r.ordinal) {
    // "the 350 wounded", "20 dead", "127 arrested": the participle is the noun.
    const nx = toks[c.e];
    if (isWord(nx)) {
      const cas = CASUALTY_WORDS.get(nx.l);
      if (cas !== undefined && (nx.l.endsWith("ed") || nx.l === "dead" || nx.l === "missing" || nx.l === "hurt" || nx.l === "slain" || nx.l === "died")) {
        // "at least 1,800 died crossing the desert": "died" is no noun as "wounded" is; its subject is people, unless
        // the sentence has counted other things (died-subject.ts).
        c.np = nx.l === "died" ? diedLabel(toks, r.s) : cas;
        c.head = cas;
        c.fold = undefined;
        r.fold = cas;
      } else if (FOLD_VERBS.has(nx.l) && nx.l.endsWith("ed")) {
        c.np = FOLD_VERBS.get(nx.l) ?? nx.l;
        c.head = c.np;
        c.fold = undefined;
        r.fold = c.np;
      }
    }
  }
  // "injuring 40", "23 were injured": no noun, but its own verb; the noun comes from the count before it.
  if (c.np === "" && !r.ordinal) {
    const own = c.fold ?? foldAfter(toks, c.e);
    if (own !== undefined) r.fold = own;
  }
  // "shed about 70 times the mass of the sun", "is 70 times the mass of Jupiter": a multiple is of what it multiplies,
  // not a count of times its verb was done (times-multiple.ts).
  const multiple = c.head === "times" ? timesMultiple(toks, r, c.fold !== undefined) : "";
  if (multiple !== "") {
    c.np = multiple;
    c.fold = undefined;
  }
  // "three times lost in the final": how often, before its verb, names the verb and its complement (deed-after.ts).
  const deed = c.head === "times" && c.np === "times" && c.fold !== undefined && pastDeedAt(toks, c.npEnd);
  if (c.np !== "" && c.fold !== undefined && !CASUALTY_NOUNS.has(c.head)) {
    c.np = deed ? `${c.np} ${deedAfter(toks, c.npEnd)}` : `${c.np} ${c.fold}`;
    r.fold = c.fold;
  } else if (c.np !== "" && c.fold !== undefined) {
    r.fold = c.fold;
  }
  const clauseStart = r.s === 0 || toks[r.s - 1]?.kind === PUNCT || CONJUNCTIONS.has(toks[r.s - 1]?.l ?? "") || atSentenceStart(toks, r.s);
  // "300 people attended", "183 people have been expelled": the verb says what the people are (people-verb.ts).
  if (c.np !== "" && c.fold === undefined && GENERIC_PEOPLE.has(c.head)) c.np = peopleLabel(toks, r.s, c.np, c.npEnd, clauseStart);
  if (c.np === "" && !r.ordinal) {
    // "19 participated in the attack": no noun, so the verb phrase says what the number did. "the official toll now at
    // around 1,500 expected to keep growing": what it is expected to do is no more than a forecast of the subject's
    // number, which subjectBefore (below) names; with no subject ("more than 2.5 million expected to be sold") the
    // verb phrase is all that says what it counts.
    const v = toks[c.e];
    const raised = isWord(v) && RAISING.has(v.l) && isWord(toks[c.e + 1], "to") && !r.words && subjectBefore(toks, r.s) !== "";
    // "the two agreed to …": a pronoun for people already named, no count (pronoun-count.ts).
    if (definitePronoun(toks, r.s, c.e)) r.drop = true;
    // "an attendance of over 60,000 seemed …": the noun the count is "of" did the past, not the count (count-of.ts).
    else if (countOf(toks, c, r.s)) r.noun = c.np;
    else if (isWord(v) && v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l) && !SPORTS.has(v.l) && !raised) {
      let end = c.e + 1;
      while (end < toks.length && end - c.e < 4 && isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]?.l ?? "")) end++;
      c.np = phrase(toks, c.e, end);
      c.head = v.l;
      r.deed = [c.e, end];
    }
  }
  unnamedCount(toks, r, c);
  if (c.head === "times" && c.fold === undefined && multiple === "") c.np = timesDone(toks, r, c.np);
}
