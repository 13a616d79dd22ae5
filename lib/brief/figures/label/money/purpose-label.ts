import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { GIVE, givenNoun } from "#brief/figures/label/money/money-given.ts";
import { moneyVerbBefore } from "#brief/figures/label/money/money-verb.ts";
import { purposeClause } from "#brief/figures/label/money/purpose.ts";
import { purposeVerb } from "#brief/figures/label/money/purpose-verb.ts";
import { pastDangling } from "#brief/figures/language/dangling.ts";
import { modelTokens } from "#brief/figures/language/model-number.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Money followed by "to", "for" or "on" is labelled by what it is for: "offered to pay $300m to settle charges",
// "fined £8,000 for dishonest reception", with the verb's noun before it when a verb moved the money. A step of
// label-money.ts, kept apart so the chain there reads in one sitting; it runs after the clause's subject and before a
// payment's payee is passed over.

/** Words for a part of a group before "of": "for some of the rooms", "for most of the seats". */
const PART_OF = new Set(["some", "many", "most", "all", "several", "each", "any", "one"]);

/** Labels `r` by the purpose or the thing after its "to", "for" or "on"; true when that gives a label. */
export function purposeLabel(toks: readonly Tok[], r: Raw): boolean {
  // "offered to pay $300m to settle charges": the purpose is what the money is for.
  const nx = toks[r.e];
  if (isWord(nx) && (nx.l === "to" || nx.l === "for" || nx.l === "on") && isWord(toks[r.e + 1])) {
    let start = nx.l === "to" ? r.e + 2 : r.e + 1 + (DETERMINERS.has(toks[r.e + 1]?.l ?? "") ? 1 : 0);
    // "can go up to £210 for some of the more expensive rooms": a part of a group is priced as the group, named alone
    // (the whole phrase was too long for a label, and the top of the range had none: AG's missed price).
    const part = nx.l === "for" && PART_OF.has(toks[r.e + 1]?.l ?? "") && isWord(toks[r.e + 2], "of");
    if (part) start = pastDeterminers(toks, r.e + 3);
    const from = part ? start : r.e;
    // "the more expensive rooms": the grading adverb stays in the label, the noun phrase is read after it.
    if (part && (isWord(toks[start], "more") || isWord(toks[start], "most"))) start++;
    // "for the current two years": a phrase cut before its number says no thing (dangling.ts).
    const read = forwardNP(toks, start);
    const end = pastDangling(toks, start, read);
    // "fined £8,000 for dishonest reception", "pay $225,000 to three girls": what the money is, then what for; "gave
    // more than £700,000 to Labour", "owing $23bn to the IMF", "lent Russia $6bn to help": a giving verb, before the
    // amount or over its recipient, names money given "to" someone or for a purpose (money-given.ts).
    const verb = moneyVerbBefore(toks, r.s) ?? (nx.l === "to" ? (moneyVerbBefore(toks, r.s, GIVE) ?? givenNoun(toks, r.s)) : undefined) ?? purposeVerb(toks, r.s, nx.l);
    // "paid $20 to perform a sexual act", "paid $4,655 to be buried": a purpose clause, read to its object's head.
    const purpose = nx.l === "to" ? purposeClause(toks, r.e, MAX_LABEL_WORDS - (verb?.split(" ").length ?? 0)) : undefined;
    if (purpose !== undefined) r.label = purpose;
    // "pocketed $10 for the two mornings": a phrase that stops at its determiner names nothing.
    // ("for a Bosch DD-150 drill": a model number's tokens are one word of the name: model-name.ts.)
    else if (end > start && end - from - modelTokens(toks, from, end) <= 5) r.label = phrase(toks, from, end);
    else if (nx.l === "to" && isWord(toks[r.e + 1])) {
      // "to make a copy": the verb alone ("to make") does not say what the money buys; take its object too.
      const object = r.e + 2 + (DETERMINERS.has(toks[r.e + 2]?.l ?? "") ? 1 : 0);
      const objectEnd = forwardNP(toks, object);
      r.label = phrase(toks, from, objectEnd > object ? Math.min(objectEnd, from + 4) : r.e + 2);
    }
    // "sum sought for the insect-powered protein bar": a label the verb's noun makes too long loses its articles before
    // candidates.ts cuts its head ('… protein'); "paid £500 for some of the paintings": the verb's noun keeps the "for"
    // the part's label left out.
    if (r.label && verb !== undefined) r.label = fitted(`${verb} ${part ? "for " : ""}${r.label}`);
    // "paying $5m for the current two years": with the dangling words gone, the verb's noun alone ("payment").
    else if (end < read && verb !== undefined) r.label = verb;
    if (r.label) return true;
  }
  return false;
}

/** A label over MAX_LABEL_WORDS without its articles ("sum sought for the new protein bar" → … for new protein bar). */
function fitted(label: string): string {
  const words = label.split(" ");
  return words.length <= MAX_LABEL_WORDS ? label : words.filter((w) => !/^(?:the|a|an)$/.test(w)).join(" ");
}
