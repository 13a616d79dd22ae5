import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, POSSESSIVES, SPENDING } from "#brief/figures/language/lexicon.ts";
import { irregularPast } from "#brief/figures/label/durations/past-doing.ts";
import { pastIng } from "#brief/figures/label/time-windows/event-after.ts";
import { MAX_WORDS, SUBJECTS, words } from "#brief/figures/label/durations/duration-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The eight years I lived in care homes were hard", "the two years we spent together": a time that heads a relative
// clause (its "that" left out or not) is what the clause's subject did in it, and its label was the unit alone
// ('eight — years'; card audit 41, item 3). The clause's past and what follows it up to the main clause's verb name
// it: 'years lived in care homes'.

/** Forms of "have" a relative clause's past may follow: "the three years I have spent here". */
const PERFECT = new Set(["have", "has", "had", "'ve", "'d"]);

/** How many words of the relative clause are read after its verb before the main clause's verb ends it. */
const REACH = 6;

/**
 * The past of the relative clause the duration `r` (its unit ending at `npEnd`) heads and the words after it, up to
 * the main clause's verb: "The eight years I lived in care homes were hard" → lived in care homes; "" when the time
 * has no determiner or owner before it (a time said of a verb: "I lived there eight years I think"), or no subject
 * pronoun and past follow it.
 */
export function relativeTime(toks: readonly Tok[], r: Raw, npEnd: number): string {
  const d = toks[r.s - 1];
  if (!isWord(d) || !(d.pos === "DET" || POSSESSIVES.has(d.l))) return "";
  const k = isWord(toks[npEnd], "that") ? npEnd + 1 : npEnd;
  if (!SUBJECTS.has(toks[k]?.l ?? "") && !isWord(toks[k], "you")) return "";
  let v = k + 1;
  if (PERFECT.has(toks[v]?.l ?? "")) v++;
  while (toks[v]?.pos === "ADV") v++;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB") return "";
  // "years lived in care homes", "years spent" read as the times' own participles, with no object after them; a past
  // with an object, or an irregular one, by its "-ing" ("the six months he had visited the cafe" → months visiting the
  // cafe, "the five years he ran the club" → years running the club: "years ran" is no phrase).
  const bare = !isWord(toks[v + 1]) || toks[v + 1]!.pos === "ADP" || toks[v + 1]!.pos === "ADV";
  const regular = /ed$/.test(verb.l);
  const said = SPENDING.has(verb.l) || (regular && bare) ? verb.l : regular || irregularPast(verb.l) ? pastIng(verb.l) : "";
  if (said === "") return "";
  // To the main clause's verb ("were hard"), a conjunction or a mark.
  let end = v + 1;
  while (end - v <= REACH && isWord(toks[end]) && toks[end]!.pos !== "AUX" && toks[end]!.pos !== "VERB" && !CONJUNCTIONS.has(toks[end]!.l)) end++;
  const rest = end === v + 1 ? "" : words(toks, v + 1, end, MAX_WORDS - 2);
  return rest === "" && end > v + 1 ? "" : [said, rest].filter((w) => w !== "").join(" ");
}
