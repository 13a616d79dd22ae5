import type { Raw } from "#brief/figures/card/figure.ts";
import { PLAYER_ROLES } from "#brief/figures/label/money/transfer-fee.ts";
import { MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Co-accused Mark Dillon was sentenced in March to 35 years in prison", "keeper Rob Adair netted from 84 yards": a
// person brought in by a role, the subject of the figure's clause, is someone beside the story's subject (a
// co-defendant, a player whose feat is compared). Labelled by the unit alone ('35 — years in prison', '84 — distance')
// the figure read as the subject's own, beside the subject's real term or distance (card-audit-54's made-up shape 1):
// the owner is named, by role and surname ('co-accused Dillon's prison term', 'keeper Adair's goal'). A term of a person
// the sentence names at the jailing verb is named too ("jailed Moss for nine months" → Moss's prison term, "Pike was
// jailed for 28 months" → Pike's): two people's terms under one label read as one series, and the subject's own, said
// last, was marked down as a repeat of a co-defendant's (card-audit-54's made-up miss M4).

/** Roles that bring in a person beside the story's subject: a co-defendant, or a player by position. */
const ROLES = new Set([
  ...PLAYER_ROLES, "co-accused", "co-defendant", "codefendant", "accomplice", "accomplices", "accused", "defendant", "teammate", "team-mate",
  "compatriot", "countryman", "rival", "thrower", "jumper", "kicker", "batsman", "golfer",
]);
ROLES.delete("signing");

/** Verbs of a feat whose distance it is, by the feat's noun: "scored from 63 yards" → goal. */
const FEATS = new Map([
  ["scored", "goal"], ["netted", "goal"], ["struck", "goal"], ["threw", "throw"], ["kicked", "kick"], ["jumped", "jump"],
  ["leapt", "jump"], ["hit", "shot"], ["drove", "drive"],
]);

/** Words that open a clause before its subject: "when keeper Rob Adair netted". */
const OPENERS = new Set(["when", "while", "whilst", "as", "after", "and", "but", "whereas", "before"]);

/**
 * Marks that end the clause looked back over: a dash too, whose aside says something else of the subject ("midfielder
 * Christian Eriksen is second - 0.4 miles behind Boyd": a gap, not the midfielder's distance).
 */
const STOPS = new Set([".", ";", ":", "-", "—", "–"]);

/** How far back from a figure its clause's subject is looked for. */
const REACH = 20;

/** A term in prison, the label the owner is named on: "years in prison". */
const TERM = /^(?:years|months|weeks|days) in prison$/;

/**
 * Whether the role word at `k` opens its clause: at the sentence's start or after a comma, a quote or an opener, past
 * up to two describing words ("Dutch winger Ivo Mendes", "Another famous effort came … when keeper Rob Adair").
 */
function opensClause(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 2 && isWord(toks[j]) && (toks[j]!.pos === "ADJ" || toks[j]!.pos === "PROPN")) j--;
  const t = toks[j];
  return t === undefined || (t.kind === PUNCT && t.s !== ")") || OPENERS.has(t.l);
}

/**
 * The owner's name and the verb of its clause when the subject of the clause before `r` is a role and a name ("co-accused
 * Dillon", "scored"), the name said by its surname; undefined when the clause has another subject, or none so named.
 */
function roleSubject(toks: readonly Tok[], r: Raw): [string, string] | undefined {
  let verb = "";
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k]!;
    if (STOPS.has(t.s)) return undefined;
    if (!isWord(t)) continue;
    if (ROLES.has(t.l)) {
      // The name right after the role runs to its last capitalised word, which a story names the person by again.
      let j = k + 1;
      while (j < r.s && isWord(toks[j]) && isCapitalised(toks[j]!) && !toks[j]!.l.endsWith("'s")) j++;
      if (j === k + 1 || verb === "" || !opensClause(toks, k)) return undefined;
      return [`${t.l} ${toks[j - 1]!.s}`, verb];
    }
    // Another name between the subject and the figure (not a month or a day, "sentenced in March to 35 years"): the
    // figure is not the role's.
    if (isCapitalised(t) && k > 0 && !MONTHS.has(t.l) && !WEEKDAYS.has(t.l) && !ROLES.has(toks[k - 1]?.l ?? "") && !isCapitalised(toks[k - 1]!)) return undefined;
    // The verb nearest the figure is the clause's ("famed for …, scored from 63 yards": scored).
    if (verb === "" && (t.pos === "VERB" || t.pos === "AUX")) verb = t.l;
  }
  return undefined;
}

/**
 * Verbs that jail someone for a term, whose object (active) or subject (passive) is the person jailed: "jailed Moss for
 * nine months", "Pike was sentenced to 28 months", "was given 30 years".
 */
const JAILING = new Set(["jailed", "imprisoned", "sentenced", "given", "handed", "gave"]);

/**
 * Words a jailing verb's passive stands after: "was jailed", "has been jailed". Not a plural's "were" or "have been"
 * (two people's term, "Smith and Jones were jailed"), nor a case put with "be" ("could be jailed for up to 10 years").
 */
const PASSIVE = new Set(["was", "is", "been"]);

/** Words between a passive's auxiliary and its verb the tagger may not call adverbs: "was yesterday jailed". */
const TIME_WORDS = new Set(["yesterday", "today", "later", "also", "then"]);

/** Titles before a surname: "jailed Mr Moss" is Moss's term. */
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr"]);

/** A day's or month's name, which a time phrase before a subject ends on: "on Wednesday", "in March". */
const dated = (t: Tok): boolean => MONTHS.has(t.l) || WEEKDAYS.has(t.l);

/**
 * The surname of the name whose last word is at `k`: its capitalised words back to the first (at most three, over a
 * title), when the last is a proper noun and no possessive; undefined otherwise. The run's first index is `first[0]`.
 */
function nameEndingAt(toks: readonly Tok[], k: number, first: [number]): string | undefined {
  const last = toks[k];
  if (!isWord(last) || last.pos !== "PROPN" || !isCapitalised(last) || last.l.endsWith("'s") || dated(last)) return undefined;
  let j = k;
  // Back to the name's first word, not over a day or month before it ("on Wednesday Munro was jailed").
  while (j > 0 && k - j < 3 && isWord(toks[j - 1]) && isCapitalised(toks[j - 1]!) && !TITLES.has(toks[j]!.l) && !dated(toks[j - 1]!)) j--;
  first[0] = j;
  return last.s;
}

/**
 * The surname of the person a prison term is of when the sentence names them at the jailing verb: its object ("the
 * judge jailed Moss for nine months", "sentenced Mr Moss to …") or its passive's subject at the clause's start ("Pike
 * was jailed for 28 months", "Joan Moss, 48, was yesterday jailed for …"); undefined for a pronoun or no name.
 */
function jailedName(toks: readonly Tok[], r: Raw): string | undefined {
  let v = isWord(toks[r.s - 1], "for") || isWord(toks[r.s - 1], "to") ? r.s - 2 : r.s - 1;
  const first: [number] = [0];
  // Active: the name between the verb and the term.
  const object = nameEndingAt(toks, v, first);
  if (object !== undefined) return JAILING.has(toks[first[0] - 1]?.l ?? "") ? object : undefined;
  if (!JAILING.has(toks[v]?.l ?? "")) return undefined;
  // Passive: over adverbs to the auxiliary ("was yesterday jailed"), then over an age aside (", 48,") to the name.
  v--;
  while (v > 0 && (toks[v]?.pos === "ADV" || TIME_WORDS.has(toks[v]?.l ?? ""))) v--;
  if (!PASSIVE.has(toks[v]?.l ?? "")) return undefined;
  if (isWord(toks[v], "been")) {
    if (!isWord(toks[v - 1], "has") && !isWord(toks[v - 1], "had")) return undefined;
    v--;
  }
  let k = v - 1;
  if (toks[k]?.s === "," && toks[k - 1]?.kind === NUM && toks[k - 2]?.s === ",") k -= 3;
  const subject = nameEndingAt(toks, k, first);
  if (subject === undefined) return undefined;
  // The name opens its clause: at the sentence's start, after a comma, a quote, an opener ("and Pike was jailed") or a
  // day or month ("on Wednesday Munro was jailed").
  const before = toks[first[0] - 1];
  return before === undefined || (before.kind === PUNCT && before.s !== ")") || OPENERS.has(before.l) || dated(before) ? subject : undefined;
}

/** How a prison term named by its person ends: "co-accused Dillon's prison term", "Moss's prison term". */
export const OWNED_TERM = "'s prison term";

/**
 * The label a number eliding `r`'s noun inherits: a term named by its person as its unit in prison, for "and his
 * brother for four" is the brother's term, not Smith's; any other label as it is.
 */
export const inheritedLabel = (r: Raw): string => (r.unit !== undefined && r.label.endsWith(OWNED_TERM) ? `${r.unit} in prison` : r.label);

/** Names the owner of a prison term or a distance whose clause's subject is a person brought in by a role. */
export function roleOwner(toks: readonly Tok[], r: Raw): void {
  const term = TERM.test(r.label);
  if (!term && r.label !== "distance") return;
  const subject = roleSubject(toks, r);
  if (subject === undefined) {
    // "jailed Moss for nine months", "Pike was jailed for 28 months": a term of someone the sentence names is theirs,
    // so a co-defendant's term beside the subject's no longer reads as the same fact said twice.
    const named = term ? jailedName(toks, r) : undefined;
    if (named === undefined) return;
    r.label = `${named}${OWNED_TERM}`;
    return;
  }
  const [owner, verb] = subject;
  // "hit a speculative shot from 40 yards": the noun the distance is "from" is the feat, before the verb's.
  const from = isWord(toks[r.s - 1], "from") && toks[r.s - 2]?.pos === "NOUN" ? toks[r.s - 2]!.l : undefined;
  r.label = term ? `${owner}${OWNED_TERM}` : `${owner}'s ${from ?? FEATS.get(verb) ?? "distance"}`;
}
