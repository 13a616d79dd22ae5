import type { Raw } from "#brief/figures/card/figure.ts";
import { answerFrom } from "#brief/figures/label/change/poll-answer.ts";
import { remainState, stillState } from "#brief/figures/label/counts/still-state.ts";
import { BE_FORMS, participleSpelling } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "only three of the 21 whose teams were named came from the north": a count of a subset of a whole that a relative
// clause defines is labelled by what the subset did, the main verb after that clause. It took the whole's noun, said
// earlier ("of the 30 riders banned …, only three" → 'only three — riders'), so the card gave two counts of riders
// (card-audit-45's made-up shape 4). Only a whole in digits or words after "of the" and a relative's "whose", "who"
// or "that"; "three of the 21 riders came" names its own noun and is read as before.

// "Only nine of the 40 beaches were clean": a subset that a copula and an adjective pick out of its whole counts
// the whole's noun in that state ('beaches clean'); the whole's noun alone ('— beaches') said nothing of which nine,
// and a fold verb reads only a participle ("Three of the 12 players were injured" → players injured, as before).

/** Relative pronouns that open the clause defining the whole. */
const RELATIVES = new Set(["whose", "who", "that", "which"]);

/** How far the relative clause may run before the main verb. */
const CLAUSE_REACH = 8;

/** Index of the main verb after the relative clause from `k` (its first word), past the clause's own verb; else -1. */
function mainVerbAfter(toks: readonly Tok[], k: number): number {
  let own = false;
  for (let j = k + 1; j < toks.length && j <= k + CLAUSE_REACH; j++) {
    const t = toks[j]!;
    // Punctuation ends the clause with no main verb found; a number inside it ("who sat it twice") is passed over.
    if (t.kind === PUNCT) return -1;
    if (!isWord(t) || t.pos !== "VERB") continue;
    if (own) return j;
    own = true;
  }
  return -1;
}

/** What the subset counted by r did ("came from north"), when r is "N of the M" and a relative clause; else "". */
export function subsetDoing(toks: readonly Tok[], r: Raw): string {
  if (r.currency !== undefined || r.percent || r.unit !== undefined) return "";
  if (!isWord(toks[r.e], "of") || !isWord(toks[r.e + 1], "the")) return "";
  const whole = toks[r.e + 2];
  if (whole === undefined || (whole.kind !== NUM && !isWord(whole))) return "";
  const rel = toks[r.e + 3];
  if (!isWord(rel) || !RELATIVES.has(rel.l)) return "";
  const verb = mainVerbAfter(toks, r.e + 3);
  return verb < 0 ? "" : answerFrom(toks, verb);
}

/**
 * The whole's noun and the state a copula gives the subset ("beaches clean") when r is "N of [the] [M] X [participle]
 * be [not] ADJ"; else "". The adjective alone: what follows it ("ready for the storm") would run past a label.
 */
export function subsetState(toks: readonly Tok[], r: Raw): string {
  if (r.currency !== undefined || r.percent || r.unit !== undefined || !isWord(toks[r.e], "of")) return "";
  // "of the 40 beaches", "of its beaches": the whole's count, if said, is passed over to its noun.
  let m = pastDeterminers(toks, r.e + 1);
  if (toks[m]?.kind === NUM || CARDINAL_WORDS.has(toks[m]?.l ?? "")) m++;
  const end = forwardNP(toks, m);
  if (end <= m) return "";
  // "of the 40 beaches tested were clean": the participle that picks the whole out is passed over.
  let k = end;
  if (toks[k]?.pos === "VERB" && participleSpelling(toks[k]!.l)) k++;
  // "of these girls remain in captivity", "of the girls seized remained missing": the state "remain" keeps
  // (still-state.ts); "remained" right after the noun is the verb, not the whole's own participle.
  const remaining = remainState(toks, end) || (k > end ? remainState(toks, k) : "");
  if (remaining !== "") return `${phrase(toks, m, end)} ${remaining}`;
  if (!BE_FORMS.has(toks[k]?.l ?? "")) return "";
  // "of those homes were still without electricity": any state "still" opens (still-state.ts).
  const still = stillState(toks, k + 1);
  if (still !== "") return `${phrase(toks, m, end)} ${still}`;
  const not = isWord(toks[k + 1], "not");
  const a = k + (not ? 2 : 1);
  if (!isWord(toks[a]) || toks[a]!.pos !== "ADJ") return "";
  return `${phrase(toks, m, end)}${not ? " not" : ""} ${phrase(toks, a, a + 1)}`;
}
