import { PEOPLE, PERPETRATORS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// When a bare "one" counts: before a person (here) or as a table's gap of one point (one-point.ts, re-exported so that
// read.ts asks one module when "one" is a number).
export { onePointGap } from "#brief/figures/read/type/one-point.ts";

// "one" is an article or a pronoun far more often than a count ("one of the best", "at one point", "one day"). It
// counts the news when it counts a person a toll or an arrest names: "one man dead", "killed one man", "Five men and
// one woman were detained", "One inmate died". Of the "one"s the card would hold if every one were read (cnndm-dev),
// these were the ones an editor would keep; "one of the victims", "One Direction", "one group shot dead" are not.

/** A person, singular: what "one" counts when it is a toll or an arrest. */
export const PERSON = new Set([
  "man", "woman", "boy", "girl", "child", "baby", "person", "officer", "policeman", "policewoman", "soldier", "civilian",
  "worker", "passenger", "inmate", "prisoner", "student", "teenager", "teen", "suspect", "victim", "patient", "driver",
  "pilot", "firefighter", "guard", "tourist", "resident", "migrant", "protester", "gunman", "attacker", "militant",
  "fighter", "hostage", "journalist", "member", "pedestrian", "cyclist", "motorist", "climber", "hiker", "miner",
  "sailor", "marine", "trooper", "deputy", "agent", "nurse", "doctor", "teacher", "pupil", "detainee", "bystander",
]);

/** Words between "one" and its person: adjectives and nationalities ("one British tourist", "one police officer"). */
const BETWEEN = 2;

/**
 * Whether a person follows "one" whose last token is `end - 1`: a singular person noun within BETWEEN + 1 words, no
 * number or punctuation first ("one of the victims" reaches a plural, "one round" a thing).
 */
export function personAfterOne(toks: readonly Tok[], end: number): boolean {
  for (let k = end; k <= end + BETWEEN; k++) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (PERSON.has(t.l) || PERPETRATORS.has(t.l) || PEOPLE.has(`${t.l}s`)) return true;
  }
  return false;
}

/** The verbs of a toll or an arrest, as labels end in them ("man killed", "woman detained", "inmate died"). */
const NEWS_VERBS = new Set([
  "killed", "dead", "died", "murdered", "wounded", "injured", "hurt", "missing", "drowned", "executed", "hospitalised",
  "hospitalized", "arrested", "detained", "charged", "convicted", "jailed", "kidnapped", "abducted", "rescued", "trapped",
]);

/** Whether a "one" so labelled counts the news: its label ends in a verb of a toll or an arrest. */
export function oneCountsNews(label: string): boolean {
  return NEWS_VERBS.has(label.slice(label.lastIndexOf(" ") + 1));
}

/** What a ban, a sentence or a contract is made of, and the terms themselves. */
const TERM_UNITS = new Set(["match", "game", "race", "fight", "year", "month", "week", "day"]);
const TERMS = new Set(["ban", "bans", "suspension", "contract", "deal", "extension", "loan", "sentence", "term"]);

/**
 * "a one-match ban", "a one-year contract", "a one-year-deal": a term of one (its compound `compound`, the token after
 * it `end`) is a term, read as "a two-match ban" is, though "one" in a compound is otherwise a word ("one-party
 * state", "one-handed save").
 */
export function oneTerm(toks: readonly Tok[], compound: string, end: number): boolean {
  const [unit, term] = compound.split("-");
  return TERM_UNITS.has(unit ?? "") && (term === undefined ? TERMS.has(toks[end]?.l ?? "") : TERMS.has(term));
}
