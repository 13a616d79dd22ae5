import { CONJUNCTIONS, MODALS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { OFFSETS } from "#brief/figures/label/durations/duration-words.ts";
import { ing, negated } from "#brief/figures/label/durations/past-doing.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A verb's base form after a modal or a "have to" is what a time "for" after it was spent doing: "could walk 15 steps
// for five minutes" → minutes walking 15 steps, "had to wear a body cast for three and a half months" → months wearing
// a body cast, "will gain protection from creditors for 180 days" → days gaining protection from creditors. The modal
// says whether or how the doing was, not what it was; an infinitive after any other verb or a noun is that word's
// object ("has blocked attempts to deport him for 15 years"), whose time it is (duration-predicate.ts).

/**
 * Words before "to" that make its infinitive the sentence's doing: "had to wear", "were able to stay", "got to work",
 * "continued to have periods" (a doing kept up is still that doing).
 */
const MUST = new Set(["have", "has", "had", "having", "got", "need", "needs", "needed", "able", "allowed", "used", "continue", "continues", "continued", "continuing"]);

/** Tags a base verb's object starts with: "walk 15 steps", "wear a body cast", "see his son". */
const OBJECT_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV"]);

/**
 * The "-ing" of the base verb at `k` and what `after` reads after it up to the "for" at `f`, when a modal or a "have to" governs it and an
 * object or adverb follows it ("could walk 15 steps", "got to work hard"); undefined when nothing governs it so, ""
 * when the doing is denied ("cannot reapply for seven years", "can't run for 45 minutes": how long it may not be done,
 * or could not be kept up) or has nothing after it to say what was done.
 */
export function baseDoing(toks: readonly Tok[], k: number, f: number, after: (from: number) => string): string | undefined {
  const t = toks[k];
  if (!isWord(t) || t.pos !== "VERB" || /(?:ed|ing|s)$/.test(t.l) || t.l.length < 3) return undefined;
  const p = toks[k - 1];
  const modal = isWord(p) && MODALS.has(p.l) && p.l !== "'d";
  const must = isWord(p, "to") && MUST.has(toks[k - 2]?.l ?? "");
  if (!modal && !must) return undefined;
  // A denial just before the modal or "have" ("didn't have to", "won't be able to"); a denied modal ("cannot",
  // "couldn't") or one denied after ("could not see") is no modal here, and its verb is left to the predicate.
  if (negated(toks, modal ? k - 1 : k - 2)) return "";
  // "see his son": an owner starts an object as an article does; a pronoun object alone ("see him") names nothing.
  const next = toks[k + 1];
  if (!OBJECT_TAGS.has(next?.pos ?? "") && !POSSESSIVES.has(next?.l ?? "")) return "";
  // "will win a free wedding reception and hotel suite for two nights", "will give its verdict after hearing evidence
  // for three days": past a conjunction or an event's "after", the time may be the later part's, not the verb's.
  if (toks.slice(k + 1, f).some((x) => CONJUNCTIONS.has(x.l) || OFFSETS.has(x.l))) return "";
  const rest = after(k + 1);
  return rest === "" ? "" : `${ing(t.l)} ${rest}`;
}
