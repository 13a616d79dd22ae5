// "A survey of 3,000 men in their 40s and 50s found almost half still struggled to sleep": a bare "half" with no "of"
// or determiner after it, the subject of the verb right after it, is a share of the group the sentence counted before
// it; "half" was read only before "of" or a determiner (share.ts), so the share was no figure at all (blind sample BF's
// made-up miss M2). Read from the parse, not from nouns: the verb is the tagger's, past adverbs and a perfect's or
// passive's auxiliaries (a modal or "not" kept), and the group is the noun phrase after the nearest number before the
// share whose head is plural or a people noun, no span of time ("After 20 minutes, half left" counts no group).
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { answerFrom } from "#brief/figures/label/change/poll-answer.ts";
import { BE_FORMS, COLLECTIVE, DURATIONS, HAVE_FORMS, MODALS, PEOPLE, PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isPlural, phrase } from "#brief/figures/language/phrase.ts";
import { wholePredicate } from "#brief/figures/language/whole-predicate.ts";
import { adjacent, CUR, isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

/** How many adverbs may stand between the share and its verb: "almost half still struggled". */
const ADVERB_REACH = 2;

/** Where the verb a share at `e` is the subject of starts its label (a modal or "not" kept), or -1 when none follows. */
function verbAfter(toks: readonly Tok[], e: number): number {
  let k = e;
  while (toks[k]?.pos === "ADV" && k < e + ADVERB_REACH) k++;
  const kept = MODALS.has(toks[k]?.l ?? "") ? k++ : -1;
  if (isWord(toks[k], "not")) k++;
  // "had waited", "were turned away", "have been approved": the perfect's and passive's auxiliaries are left out.
  if (HAVE_FORMS.has(toks[k]?.l ?? "")) k++;
  if (BE_FORMS.has(toks[k]?.l ?? "")) k++;
  const verb = toks[k];
  if (!isWord(verb) || verb.pos !== "VERB") return -1;
  return kept >= 0 ? kept : k;
}

/** The group counted by the nearest number before `i` ("3,000 men"), or "" when it counts no group. */
function countedGroup(toks: readonly Tok[], i: number): string {
  for (let n = i - 1; n >= 0; n--) {
    // "$40m", and "their 50s": money, and a decade's glued "s", count no group.
    if (toks[n]!.kind !== NUM || toks[n - 1]?.kind === CUR || adjacent(toks[n], toks[n + 1])) continue;
    const end = forwardNP(toks, n + 1);
    const head = toks[end - 1];
    if (end === n + 1 || head === undefined || head.pos !== "NOUN") continue;
    if (DURATIONS.has(head.l) || PERIOD_NOUNS.has(head.l)) return "";
    return isPlural(head.l) || PEOPLE.has(head.l) || COLLECTIVE.has(head.l) ? phrase(toks, n + 1, end) : "";
  }
  return "";
}

/**
 * The label of a bare "half" at `i` that is its clause's subject, the group counted before it and what its part did
 * ("men struggled to sleep"), or "" when no verb follows it or no group was counted.
 */
export function elidedWhole(toks: readonly Tok[], i: number): string {
  // "the bottom half went down": a describing word makes it a part of one thing, as before "of" (share.ts' halfOf).
  const before = toks[i - 1];
  if (before?.pos === "ADJ" || before?.pos === "NOUN") return "";
  const v = verbAfter(toks, i + 1);
  if (v < 0) return "";
  const group = countedGroup(toks, i);
  if (group === "") return "";
  const said = answerFrom(toks, v, MAX_LABEL_WORDS - 1);
  // "half were refunded.": a passive's participle alone says what was done to them (base-doing.ts does the same).
  const alone = BE_FORMS.has(toks[v - 1]?.l ?? "") && (toks[v + 1] === undefined || toks[v + 1]!.kind === PUNCT);
  const doing = said === "" ? (alone ? toks[v]!.l : "") : wholePredicate(toks, v, said);
  if (doing === "") return "";
  // Past a label's words the group gives way to its head noun, as a share's base does (base-doing.ts).
  return group.split(" ").length + doing.split(" ").length <= MAX_LABEL_WORDS ? `${group} ${doing}` : `${group.split(" ").at(-1)} ${doing}`;
}
