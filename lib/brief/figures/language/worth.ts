import { atSentenceStart, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { pastSubjectAside } from "#brief/figures/language/worth-aside.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { DETERMINERS, FOLD_VERBS } from "#brief/figures/language/lexicon.ts";
import { listPhrase, listStart } from "#brief/figures/language/plural-list.ts";

// The thing an amount is the worth of.

/** Prepositions that put a thing in a place: "property in the town of Sunapee". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "on"]);

/** How far before a place's name its preposition may stand: "in the town of Sunapee". */
const PLACE_WORDS = 5;

/** Words between a thing and the "worth" of its amount: "is believed to be worth", "a deal that could be worth". */
const BEFORE_WORTH = new Set(["be", "is", "was", "are", "were", "been", "being", "to", "believed", "said", "thought", "reported", "reportedly", "understood", "estimated", "expected", "now", "potentially", "allegedly", "could", "would", "may", "might", "will", "which", "that"]);

/**
 * The thing an amount is the worth of, with "worth" at w: the noun phrase before it, over the words that say it is
 * reported or would be ("the deal is believed to be worth", "a deal that could be worth"); "" when none.
 */
export function worthOwner(toks: readonly Tok[], w: number): string {
  let k = w;
  while (k > 0 && BEFORE_WORTH.has(toks[k - 1]?.l ?? "")) k--;
  // "Zenit's previous deal, reportedly worth", "the tax break -- worth": an aside set off after its noun is that noun's.
  while (k > 0 && w - k < 3 && /^(?:,|-|--|–|—)$/.test(toks[k - 1]?.s ?? "")) k--;
  // "The deal, agreed by two airlines, could be worth": the subject before the aside (worth-aside.ts).
  k = pastSubjectAside(toks, k);
  // "two pounds of cocaine worth $30,000", "planes in a deal that could be worth": the noun right before, not a head
  // further back; but the subject of a clause's own verb is its whole phrase: "shares in the company were worth".
  const clause = k < w && !toks.slice(k, w).some((t) => t.l === "that" || t.l === "which");
  const np = backNP(toks, k, clause) ?? changeNoun(toks, k);
  if (np === undefined) return "";
  // "property in the town of Sunapee worth $3million": a name inside a sentence is where, not what is worth it.
  const name = !atSentenceStart(toks, np[0]) && toks.slice(np[0], np[1]).every((t) => isCapitalised(t));
  // "necklaces, bracelets and diamonds worth £3.4m": the whole list is worth it, not its last item (plural-list.ts).
  const list = name ? np[0] : listStart(toks, np[0], np[1]);
  if (list < np[0]) return listPhrase(toks, list, np[1]);
  if (!name) return phrase(toks, np[0], np[1]);
  // "owns four property in the town of Sunapee worth $3million": what is worth it is the noun before the place.
  for (let p = np[0] - 1; p > 0 && np[0] - p <= PLACE_WORDS; p--) {
    if (!isWord(toks[p]) || !PLACE_PREPOSITIONS.has(toks[p]?.l ?? "")) continue;
    const thing = backNP(toks, p, false);
    return thing === undefined || toks.slice(thing[0], thing[1]).every((t) => isCapitalised(t)) ? "" : phrase(toks, thing[0], thing[1]);
  }
  return "";
}

/**
 * "the tax cut -- worth £300 a year", "The pay freeze is worth": a change verb ending a determiner's noun compound
 * right before the worth's words is the compound's head, a noun (the tagger reads "cut" as a verb, and noun-phrase.ts
 * stops at it so that "500 jobs cut" keeps its verb); the phrase [start, end) or undefined.
 */
function changeNoun(toks: readonly Tok[], k: number): [number, number] | undefined {
  const head = toks[k - 1];
  if (!isWord(head) || !FOLD_VERBS.has(head.l) || toks[k - 2]?.pos !== "NOUN" || !DETERMINERS.has(toks[k - 3]?.l ?? "")) return undefined;
  return [k - 2, k];
}
