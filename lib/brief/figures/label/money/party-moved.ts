import { MONEY_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "strangers raised £300,000", "the national broadsheet lost $30 million", "shareholders lost about $180bn": money a
// verb of raising or losing moves right after it is the sum raised or the loss, not the party that raised or lost it.
// The subject rule (subject.ts) reads back over change verbs, as "the death toll rose to 300" wants, so it named the
// party ('$30 million — national broadsheet'). A subject that is itself a measure loses value, and its change stays
// the subject's ("the pound lost 2 cents", "shares lost 40p").

/**
 * Verbs of raising or losing money with a subject: MONEY_NOUNS' verbs whose noun is "raised" or "loss" ("raised",
 * "lost", "loses"); not the "-ing" form, which a hope or a rate takes with no party ("in the hope of raising £5,000" is
 * a target).
 */
const MOVED = new Set([...MONEY_NOUNS].filter(([verb, noun]) => (noun === "raised" || noun === "loss") && !verb.endsWith("ing")).map(([verb]) => verb));

/** Subjects whose loss or rise is a change in what they measure, not money moved. */
const MEASURED = new Set(["pound", "dollar", "euro", "yen", "sterling", "currency", "share", "shares", "price", "prices", "stock", "stocks", "index", "value", "oil", "gold", "bitcoin"]);

/** How far back from the verb its subject's head may stand: auxiliaries, adverbs and "stand to" ("has already raised"). */
const REACH = 4;

/** The label of money at `s` right after a verb of raising or losing ("raised", "loss"); undefined for any other. */
export function partyMoved(toks: readonly Tok[], s: number): string | undefined {
  const verb = toks[s - 1];
  if (!isWord(verb) || !MOVED.has(verb.l)) return undefined;
  for (let k = s - 2; k >= 0 && s - 1 - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) break;
    if (t.pos === "NOUN" || t.pos === "PROPN") return MEASURED.has(t.l) ? undefined : MONEY_NOUNS.get(verb.l);
  }
  return MONEY_NOUNS.get(verb.l);
}
