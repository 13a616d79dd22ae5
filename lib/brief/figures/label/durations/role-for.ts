import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "said Edith Newman, a friend for 30 years", "Alan Alda, a family friend for over forty years", "A stalwart for 10
// years in Real Madrid's defence", "Freddie, the face of Jacamo for the last four years": a role set beside a name, with
// no verb of its own, is what a time "for" was spent as ('30 — years as friend'), as "his five years as Labour leader"
// is (duration-span.ts' asRole); the label was the unit alone. The role is a person's word, so "a contract for three
// years" or "a loan for 12 months" after a comma stays its unit.

/** Tokens a set-beside role opens after: a comma or a dash setting it beside a name, "as", or the sentence's start. */
const OPENERS = new Set([",", "(", "-", "–", "—", "as"]);

/** Roles that are no agent noun in "-er", "-or", "-ist" or "-ian". */
const ROLES = new Set(["friend", "stalwart", "star", "member", "face", "captain", "chief", "head", "icon", "regular", "fixture", "colleague", "ally", "mate", "resident", "student", "staple", "champion", "favourite", "mainstay", "servant", "figure", "host", "coach"]);

/** Tags of the words of a role: "family friend", "face of Jacamo", "regular" (which the tagger may call an adjective). */
const ROLE_TAGS = new Set(["NOUN", "PROPN", "ADJ"]);

/** How many words a role may hold, as asRole's: "veteran first team fitness coach" is cut to nothing. */
const ROLE_WORDS = 4;

/**
 * Whether a word names a person's role: an agent noun ("waiter", "presenter", "director", "economist", "physician") or
 * ROLES; a plural is none ("the owners for 20 years" says no one's role).
 */
const personal = (w: string): boolean => ROLES.has(w) || (w.length > 4 && /(?:er|or|ist|ian)$/.test(w));

/** "as friend" for the duration `r` after "for" (or "for the last") and a role set beside a name; "" for any other. */
export function roleFor(toks: readonly Tok[], r: Raw): string {
  let f = r.s - 1;
  if ((isWord(toks[f], "last") || isWord(toks[f], "past")) && isWord(toks[f - 1], "the")) f -= 2;
  if (!isWord(toks[f], "for")) return "";
  // Back over the role's words; its head is the last word before "of", or before "for".
  let k = f - 1;
  let head = toks[k];
  while (k >= 0 && f - k <= ROLE_WORDS && isWord(toks[k]) && (ROLE_TAGS.has(toks[k]!.pos ?? "") || toks[k]!.l === "of")) {
    if (toks[k]!.l === "of") head = toks[k - 1];
    k--;
  }
  const start = k + 1;
  // Over its article or owner ("a friend", "his assistant") to what sets it beside a name.
  if (isWord(toks[k]) && (DETERMINERS.has(toks[k]!.l) || POSSESSIVES.has(toks[k]!.l))) k--;
  const opener = toks[k];
  if (start === f || (opener !== undefined && !OPENERS.has(opener.l))) return "";
  return isWord(head) && personal(head.l) ? `as ${phrase(toks, start, f)}` : "";
}
