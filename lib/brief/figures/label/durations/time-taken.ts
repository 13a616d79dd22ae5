import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { ARTICLES, PRONOUNS, TAKE_FORMS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { clause, words } from "#brief/figures/label/durations/duration-words.ts";
import { clauseEvent } from "#brief/figures/label/time-windows/since-clause.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "It took nine hours for crews to remove the debris", "it can take two months for the body to respond", "It could
// take up to 15 years before Turkey is able to join": a time taken says what it took to get done, but its doing stands
// after a "for" and its doer, or after "before", where label-duration.ts' purpose (a "to" right after the unit) does
// not look, and the label was the unit alone ('nine — hours'). The doer stays when the label has room for it (hours
// for crews to remove debris), a pronoun never (months to be found guilty).

/** How far after the doer's head its "to" may stand, past an "of": "for news of this systems failure to leak". */
const TO_REACH = 5;

/**
 * Where the "for" or "before" after a duration's unit (ending at `npEnd`) stands, over a day said between them ("It
 * took nine hours Monday for crews"); -1 when neither does, so the verb before the time need not be looked for.
 */
export function takenLink(toks: readonly Tok[], npEnd: number): number {
  const k = WEEKDAYS.has(toks[npEnd]?.l ?? "") ? npEnd + 1 : npEnd;
  return isWord(toks[k], "before") || isWord(toks[k], "for") ? k : -1;
}

/**
 * What a time taken (its unit `unit`, the "for" or "before" after it at `k`, takenLink's, governed by the verb at
 * `verb`) took: "for crews to remove enough debris", "to be finally found guilty", "before being bored"; "" when the
 * verb is no "take" or neither shape follows.
 */
export function timeTaken(toks: readonly Tok[], unit: string, k: number, verb: number): string {
  if (!TAKE_FORMS.has(toks[verb]?.l ?? "")) return "";
  return isWord(toks[k], "before") ? clauseEvent(toks, unit, k, "before") : doerDoing(toks, k + 1);
}

/** "crews to remove enough debris" after a time's "for" at `k - 1`, as "for crews to remove enough debris". */
function doerDoing(toks: readonly Tok[], k: number): string {
  const from = pastDeterminers(toks, k);
  const pronoun = PRONOUNS.has(toks[k]?.l ?? "") || toks[k]?.pos === "PRON";
  const end = pronoun ? k + 1 : forwardNP(toks, from);
  if (end === from && !pronoun) return "";
  let to = end;
  while (to - end < TO_REACH && isWord(toks[to]) && !isWord(toks[to], "to")) to++;
  const verb = toks[to + 1];
  if (!isWord(toks[to], "to") || !isWord(verb) || (verb.pos !== "VERB" && verb.pos !== "AUX")) return "";
  // The unit, "for", the doer, "to": what is left of the label is the doing's.
  const doer = pronoun ? "" : words(toks, ARTICLES.has(toks[from - 1]?.l ?? "") ? from : k, end);
  const room = MAX_LABEL_WORDS - 3 - doer.split(" ").length;
  const doing = room > 0 && doer !== "" ? clause(toks, to + 1, room) : "";
  if (doing !== "") return `for ${doer} to ${doing}`;
  const alone = clause(toks, to + 1, MAX_LABEL_WORDS - 2);
  return alone === "" ? "" : `to ${alone}`;
}
