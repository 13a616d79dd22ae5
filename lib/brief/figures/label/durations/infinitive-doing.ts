import type { Raw } from "#brief/figures/card/figure.ts";
import { forBefore } from "#brief/figures/label/durations/for-words.ts";
import { ing } from "#brief/figures/label/durations/past-doing.ts";
import { MAX_WORDS, words } from "#brief/figures/label/durations/duration-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { DENIALS } from "#brief/figures/language/lexicon.ts";

// An infinitive's own time: "A coach called for her to rest for four months" printed 'four — months' on a blind
// sample's card (BB shape 10), because the predicate reads past an infinitive to the verb above it ("has blocked
// attempts to deport him for 15 years" are the blocking's years, duration-predicate.ts), and "called for her" names no
// time. When the verb above names none, the infinitive before the "for" is what the time was spent doing. (Read
// before the verb above, it took "crying myself to sleep for two years" and "held on to power for 18 years" as
// infinitives: 'years sleeping', 'years powering'.)

/** Tags of an object between an infinitive's verb and the "for": "to pray for", "to wear a brace for". */
const OBJECT_TAGS = new Set(["DET", "NOUN", "ADJ", "PROPN"]);

/** How far back of an infinitive's "to" a denial of the verbs above it is looked for: "won't be able to". */
const DENIAL_REACH = 5;

/**
 * Whether a denial stands in the few words before the "to" at `to`, in its clause: "won't be able to do any running for
 * two or three weeks", "wasn't allowed to play for a month", "will be unable, due to her condition, to attend" say how
 * long it went undone, not done.
 */
function deniedAbove(toks: readonly Tok[], to: number): boolean {
  for (let k = to - 1; k >= 0 && to - k <= DENIAL_REACH && isWord(toks[k]); k--) {
    const l = toks[k]!.l;
    if (DENIALS.has(l) || l === "unable" || l.endsWith("n't") || l.endsWith("n’t")) return true;
  }
  return false;
}

/**
 * "called for her to rest for four months" → resting, "urged the men to pray for three hours" → praying, "told her to
 * wear a brace for six weeks" → wearing a brace: the "-ing" of an infinitive's verb standing right before the duration's
 * "for", or with only its object between; "" for a denied infinitive ("not to apply"), a preposition's phrase between
 * ("to move to Paris for two years": the time is the stay's, not the move's), a pronoun object ("to see him": it names
 * nothing), an object the label cannot hold whole, or no infinitive.
 */
export function infinitiveDoing(toks: readonly Tok[], r: Raw): string {
  const f = forBefore(toks, r.s);
  return f < 0 ? "" : infinitiveBefore(toks, f);
}

/** The doing of an infinitive before the "for" at `f`, as infinitiveDoing reads it. */
export function infinitiveBefore(toks: readonly Tok[], f: number): string {
  let v = f - 1;
  while (v > 0 && isWord(toks[v]) && OBJECT_TAGS.has(toks[v]!.pos ?? "")) v--;
  const verb = toks[v];
  const to = toks[v - 1];
  if (!isWord(verb) || verb.pos !== "VERB" || /(?:ed|ing)$/.test(verb.l) || !isWord(to, "to") || to.pos !== "PART") return "";
  if (deniedAbove(toks, v - 1)) return "";
  // ("will be unable, due to her condition, to attend any court hearings for six months": an "any" in the object says
  // the doing is denied or asked, where the denial stands beyond an aside.)
  if (toks.slice(v + 1, f).some((t) => t.l === "any")) return "";
  const object = v + 1 < f ? words(toks, v + 1, f, MAX_WORDS - 1) : "";
  if (v + 1 < f && object.split(" ").length !== f - v - 1) return "";
  return [ing(verb.l), object].filter((w) => w !== "").join(" ");
}
