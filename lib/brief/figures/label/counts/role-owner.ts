import type { Raw } from "#brief/figures/card/figure.ts";
import { PLAYER_ROLES } from "#brief/figures/label/money/transfer-fee.ts";
import { MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { termHolder } from "#brief/figures/label/durations/term-holder.ts";
import { opensElidedClause } from "#brief/figures/label/ellipsis/elided-subject.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Co-accused Mark Dillon was sentenced in March to 35 years in prison", "keeper Rob Adair netted from 84 yards": a
// person brought in by a role, the subject of the figure's clause, is someone beside the story's subject (a
// co-defendant, a player whose feat is compared). Labelled by the unit alone ('35 — years in prison', '84 — distance')
// the figure read as the subject's own, beside the subject's real term or distance (card-audit-54's made-up shape 1):
// the owner is named, by role and surname ('co-accused Dillon's prison term', 'keeper Adair's goal'), and held as the
// figure's owner, so the card ranks it below the subject's own when neither headline nor first sentence names it
// (candidates.ts' `other`). A term's holder named with no role names the term too ("jailed Moss for nine months" →
// Moss's prison term, "Pike was jailed for 28 months" → Pike's): two people's terms under one label read as one
// series, each the subject's as much as the other's (card-audit-54's made-up miss M4).

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
const OPENERS = new Set(["when", "while", "as", "after", "and", "but", "whereas", "before"]);

/**
 * Marks that end the clause looked back over: a dash too, whose aside says something else of the subject ("midfielder
 * Christian Eriksen is second - 0.4 miles behind Boyd": a gap, not the midfielder's distance).
 */
const STOPS = new Set([".", ";", ":", "-", "—", "–"]);

/**
 * Suffixes a name may end on ("Mark Dillon Jr."): no surname of their own, and their dot ends no clause. Lowercase, as
 * tokens' `l` holds them.
 */
const SUFFIXES = new Set(["jr", "sr", "jnr", "snr", "ii", "iii", "iv"]);

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

/** The owner as a label names it ('co-accused Dillon'), the surname, and the verb of its clause. */
interface RoleSubject {
  owner: string;
  name: string;
  verb: string;
}

/**
 * The role at `k` and the surname right after it, up to `end`: the name runs over capitalised words to its last, which
 * a story names the person by again, a suffix left out ("Mark Dillon Jr." → Dillon); undefined when no name follows.
 */
function nameAfter(toks: readonly Tok[], k: number, end: number): { owner: string; name: string } | undefined {
  let j = k + 1;
  while (j < end && isWord(toks[j]) && isCapitalised(toks[j]!) && !toks[j]!.l.endsWith("'s")) j++;
  while (j > k + 1 && SUFFIXES.has(toks[j - 1]!.l)) j--;
  if (j === k + 1) return undefined;
  return { owner: `${toks[k]!.l} ${toks[j - 1]!.s}`, name: toks[j - 1]!.s };
}

/**
 * The role and name that end right before the comma at `comma` ("keeper Rob Adair, who …", "Rob Adair Jr., who …"),
 * the subject of the relative clause after it; undefined unless a role brings the name in.
 */
function relativeRole(toks: readonly Tok[], comma: number, verb: string): RoleSubject | undefined {
  let j = comma - 1;
  if (toks[j]?.s === "." && SUFFIXES.has(toks[j - 1]?.l ?? "")) j--;
  while (j >= 0 && isWord(toks[j]) && isCapitalised(toks[j]!)) j--;
  if (j < 0 || !ROLES.has(toks[j]!.l)) return undefined;
  const name = nameAfter(toks, j, comma);
  return name === undefined ? undefined : { ...name, verb };
}

/**
 * The owner's name and the verb of its clause when the subject of the clause before `r` is a role and a name ("co-accused
 * Dillon", "scored"), the name said by its surname; undefined when the clause has another subject, or none so named.
 */
function roleSubject(toks: readonly Tok[], r: Raw): RoleSubject | undefined {
  let verb = "";
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k]!;
    // "Mark Dillon Jr. was sentenced": a suffix's dot is the name's, no stop.
    if (t.s === "." && SUFFIXES.has(toks[k - 1]?.l ?? "")) continue;
    if (STOPS.has(t.s)) return undefined;
    if (!isWord(t)) continue;
    // "Co-accused Dillon was jailed for 12 years and his brother for four": an elided clause's term is its own
    // subject's, not the role's (elided-subject.ts).
    if (verb === "" && opensElidedClause(toks, k, r.s - 1)) return undefined;
    // "the record held by keeper Rob Adair, who netted from 84 yards": a relative "who" after a comma has the person
    // before the comma as its subject, wherever that person stands in the sentence (an object, after "by").
    if (t.l === "who" && toks[k - 1]?.s === ",") return verb === "" ? undefined : relativeRole(toks, k - 1, verb);
    if (ROLES.has(t.l)) {
      const name = nameAfter(toks, k, r.s);
      if (name === undefined || verb === "" || !opensClause(toks, k)) return undefined;
      return { ...name, verb };
    }
    // Another name between the subject and the figure (not a month or a day, "sentenced in March to 35 years"): the
    // figure is not the role's.
    if (isCapitalised(t) && k > 0 && !MONTHS.has(t.l) && !WEEKDAYS.has(t.l) && !ROLES.has(toks[k - 1]?.l ?? "") && !isCapitalised(toks[k - 1]!)) return undefined;
    // The verb nearest the figure is the clause's ("famed for …, scored from 63 yards": scored).
    if (verb === "" && (t.pos === "VERB" || t.pos === "AUX")) verb = t.l;
  }
  return undefined;
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
    // "Pike was jailed for 28 months": a term's holder named with no role is held all the same (term-holder.ts).
    const holder = term ? termHolder(toks, r) : undefined;
    if (holder === undefined) return;
    r.owner = holder;
    r.label = `${holder}${OWNED_TERM}`;
    return;
  }
  const { owner, name, verb } = subject;
  // "hit a speculative shot from 40 yards": the noun the distance is "from" is the feat, before the verb's.
  const from = isWord(toks[r.s - 1], "from") && toks[r.s - 2]?.pos === "NOUN" ? toks[r.s - 2]!.l : undefined;
  r.label = term ? `${owner}${OWNED_TERM}` : `${owner}'s ${from ?? FEATS.get(verb) ?? "distance"}`;
  r.owner = name;
}
