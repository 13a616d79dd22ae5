import { ORDINAL_WORDS } from "#news/numbers.ts";
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { BE_FORMS, CONJUNCTIONS, MODALS, PARTICLES, POSSESSIVES, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { ing, negated } from "#brief/figures/label/durations/past-doing.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { OBJECT_TAGS } from "#brief/figures/label/time-windows/window-clause.ts";

// "All 112,000 tickets sold out in 24 hours", "downed a schooner of beer in about six seconds", "took the opening set in
// just 27 minutes": a doing that is finished when it is done, said "in" a time, took that time, and the card showed the
// unit alone ('24 — hours'). Labelled as the time the doing took ('hours to sell out', 'seconds to down a schooner'),
// as duration-position.ts labels a base form's ("to drift off in just 42 seconds"). Only verbs of finishing are read:
// "erupted twice in 24 hours", "committed suicide in six months", "made four appearances in two years" say what
// happened within a window, not how long one doing took; nor a future or a modal ("will finish it in three years" is a
// time ahead, time-ahead.ts), a denial (time-without.ts), a passive ("was created in under one month") or a since-last
// ("reached their first final in 11 years").

/**
 * Verbs of finishing, as "base past participle", and a particle a verb needs to be one ("turn up", "heat up"): what
 * they do is over when it is done, so a time "in" which they were done is the time they took.
 */
const FINISHING = [
  "sell sold sold", "complete completed completed", "finish finished finished", "build built built", "create created created",
  "reach reached reached", "find found found", "raise raised raised", "eat ate eaten", "down downed downed",
  "swallow swallowed swallowed", "drink drank drunk", "devour devoured devoured", "run ran run", "climb climbed climbed",
  "scale scaled scaled", "solve solved solved", "cross crossed crossed", "cover covered covered", "arrive arrived arrived",
  "recharge recharged recharged", "download downloaded downloaded", "heal healed healed", "write wrote written",
  "take took taken", "smash smashed smashed", "break broke broken", "collect collected collected", "recover recovered recovered",
  "lose lost lost", "learn learned learned", "swim swam swum", "drive drove driven", "fly flew flown", "walk walked walked",
  "cycle cycled cycled", "assemble assembled assembled", "deliver delivered delivered", "repair repaired repaired",
  "clear cleared cleared", "fill filled filled", "turn turned turned up", "show showed shown up", "heat heated heated up",
  "polish polished polished off", "ride rode ridden out",
];

/** A verb's base form and the particle it needs ("" for none). */
interface Finishing {
  base: string;
  particle: string;
}

/** Each form of a verb of finishing (base, "-s", past, participle, "-ing") and its base. */
const FORMS: ReadonlyMap<string, Finishing> = new Map(
  FINISHING.flatMap((v) => {
    const [base = "", past = "", participle = "", particle = ""] = v.split(" ");
    const third = /(?:sh|ch|s|x)$/.test(base) ? `${base}es` : `${base}s`;
    return [base, third, past, participle, ing(base)].map((form) => [form, { base, particle }] as [string, Finishing]);
  }),
);

/** Words before a verb that leave its time a future's or a maybe's: "will finish", "would have bled". */
const UNREAL: ReadonlySet<string> = new Set([...MODALS, "to"]);

/**
 * Words in an object that make "in N years" a time since the last one or a window of many: "their first final", "the
 * fastest lap", "for the seventh time" (ordinal words besides).
 */
const SINCE_LAST = /^(?:only|last)$|^\p{L}+est$/u;

/** How many words may stand between the verb and "in": its particle and object ("downed a schooner of beer"). */
const OBJECT_REACH = 7;


/** Tags before a word that make it a noun, whatever the tagger calls it (as an owner does). */
const NOUN_BEFORE = new Set(["DET", "ADJ", "NOUN"]);

/** Tags a label does not end on. */
const FUNCTION_TAGS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"]);

/**
 * The time a finished doing took, for a duration after the "in" at `i` ("sold out in 24 hours" → sell out), as the
 * words after the unit and "to"; "" when no verb of finishing stands before it, or it is not a told past or present.
 */
export function doneIn(toks: readonly Tok[], i: number, unit: string): string {
  for (let v = i - 1; v >= 0 && i - v <= OBJECT_REACH; v--) {
    const t = toks[v]!;
    // "sold 30,000 copies in a week", "found 20 bodies in three days": a count in the object makes the time a window
    // of what was counted, no doing's.
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    // "had ridden out": a verb of finishing after an auxiliary or a subject pronoun, whatever the tagger calls it.
    const before = toks[v - 1]?.pos;
    const verb = t.pos === "VERB" || before === "AUX" || before === "PRON" ? FORMS.get(t.l) : undefined;
    if (verb === undefined) {
      // "took the opening set": another "verb" after an article, an adjective, a noun or an owner is a noun.
      const noun = t.pos === "VERB" && (NOUN_BEFORE.has(before ?? "") || POSSESSIVES.has(toks[v - 1]?.l ?? ""));
      if ((!OBJECT_TAGS.has(t.pos ?? "") && !noun) || SINCE_LAST.test(t.l) || ORDINAL_WORDS.has(t.l)) return "";
      continue;
    }
    if (verb.particle !== "" && !isWord(toks[v + 1], verb.particle)) return "";
    return told(toks, v) ? label(toks, unit, verb, v, i) : "";
  }
  return "";
}

/**
 * Whether the verb at `v` tells what happened or happens: not denied ("didn't finish"), not a future, a modal or an
 * infinitive ("will finish", "to finish": duration-position.ts reads a base form's), no passive ("was created") and no
 * progressive ("was leaving … in two years" is a plan).
 */
function told(toks: readonly Tok[], v: number): boolean {
  if (negated(toks, v)) return false;
  let a = v - 1;
  while (toks[a]?.pos === "ADV") a--;
  const aux = toks[a];
  if (isWord(aux) && (BE_FORMS.has(aux.l) || UNREAL.has(aux.l))) return false;
  // "would have bled to death in just 60 seconds": a modal before a perfect.
  return !(isWord(toks[a - 1]) && UNREAL.has(toks[a - 1]!.l) && isWord(aux, "have"));
}

/**
 * "hours to sell out", "seconds to down a schooner": the unit, "to", the base form and the object up to the "in" at
 * `i`, cut at its last preposition to fit the card; a pronoun object names nothing and goes ("run it" → run).
 */
function label(toks: readonly Tok[], unit: string, verb: Finishing, v: number, i: number): string {
  let end = i;
  const budget = MAX_LABEL_WORDS - 3;
  if (end - (v + 1) > budget) {
    end = v + 1;
    for (let k = v + 2; k <= v + 1 + budget; k++) if (toks[k]?.pos === "ADP") end = k;
  }
  // A particle right after the verb stays: "sell out", "turn up".
  while (end > v + 1 && FUNCTION_TAGS.has(toks[end - 1]!.pos ?? "") && !(end - 1 === v + 1 && PARTICLES.has(toks[end - 1]!.l))) end--;
  // "smashed the women's world record" cut to "smash" says too little of what was done.
  if (end === v + 1 && i > v + 1 && !PRONOUNS.has(toks[i - 1]!.l)) return "";
  return [unit, "to", verb.base, phrase(toks, v + 1, end)].filter((w) => w !== "").join(" ");
}
