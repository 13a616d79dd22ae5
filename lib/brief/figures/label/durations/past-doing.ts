import { PARTICLES, SENTENCING } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// The "-ing" form of a simple past, so a time "for N years" after it reads as the time's, not as a past: "hosted the
// show for 35 years" → years hosting the show. wink's light model tags but does not lemmatise in the POS stage this
// reader runs (pos.ts), so a regular past is undone by rule and an irregular one looked up.

/**
 * Irregular verbs that go on for a time, as "base past participle" ("held the record for 20 years", "have known for 14
 * months", "had driven a taxi for 12 years"). Verbs of a moment ("sent", "gave", "left", "found", "won", "lost") are
 * left out: their time "for" is a term or an extent, not a doing ("sent him to jail for 12 months").
 */
const IRREGULAR_VERBS = [
  "build built built", "dig dug dug", "do did done", "dream dreamt dreamt", "drink drank drunk", "drive drove driven",
  "fight fought fought", "fly flew flown", "hide hid hidden", "hold held held", "keep kept kept", "know knew known",
  "lead led led", "ride rode ridden", "run ran run", "seek sought sought", "sing sang sung", "sit sat sat", "sleep slept slept",
  "speak spoke spoken", "stand stood stood", "swim swam swum", "teach taught taught", "wear wore worn", "weep wept wept",
  "write wrote written", "sweep swept swept", "spin spun spun", "swing swung swung", "shine shone shone", "grow grew grown",
];

/** A verb's "-ing" form: "drive" → driving, "run" → running ("-e" off; a short verb's last consonant doubled). */
export function ing(base: string): string {
  if (base.endsWith("e") && !base.endsWith("ee")) return `${base.slice(0, -1)}ing`;
  return /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base) ? `${base}${base.at(-1)}ing` : `${base}ing`;
}

/** Each irregular past and past participle, and its "-ing" form; a participle that is also the base ("run") is left to the past. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  IRREGULAR_VERBS.flatMap((v) => {
    const [base = "", past = "", participle = ""] = v.split(" ");
    return participle === base ? [[past, ing(base)]] : [[past, ing(base)], [participle, ing(base)]];
  }),
);

/** Whether a word is an irregular past or participle of a verb that goes on: "was held", "be kept secret". */
export function irregularPast(word: string): boolean {
  return IRREGULAR.has(word);
}

// participleSpelling lives in the lexicon, where the language layer's readers ask it too (participle-subject.ts).
export { participleSpelling } from "#brief/figures/language/lexicon.ts";

/**
 * The "-ing" form of a past tense: "hosted" → hosting, "dated" → dating ("-ed" off and "-ing" on restores a dropped
 * "e" and keeps a doubled consonant: "stopped" → stopping), "studied" → studying, "held" → holding; "" for a word that
 * is no past this knows ("agreed", "fed", "sent").
 */
export function gerund(past: string): string {
  const irregular = IRREGULAR.get(past);
  if (irregular !== undefined) return irregular;
  if (past.length < 5 || !past.endsWith("ed") || past.endsWith("eed")) return "";
  if (past.endsWith("ied")) return `${past.slice(0, -3)}ying`;
  return `${past.slice(0, -2)}ing`;
}

/**
 * Verbs whose past goes on for a time with no object: "dated for four years", "lived in Tauranga for 30 years",
 * "jurors deliberated for more than seven hours", "Pope Benedict XVI visited for three days". A past of a moment
 * ("vanished", "moved back to the top", "returned to the dressing room") is left out: its time is the state it left,
 * which its "-ing" does not name ("weeks vanishing").
 */
const GO_ON = new Set(["deliberated", "visited", "dated", "worked", "lived", "played", "trained", "waited", "studied", "competed", "campaigned", "toured", "volunteered", "reigned", "struggled", "fought", "slept", "taught", "performed", "coached", "starred"]);

/**
 * "hosted the TV game show for 35 years" → years hosting the TV game show, "dated for four years" → years dating: a
 * simple past at `k`, before the "for" at `f`, read as what the time was spent doing, with the words `after` reads from
 * the word after it. A verb that goes on with no object (GO_ON) takes what follows it; any other needs its object ("moved back to the top of Ligue 1 for 24 hours" is where, for how long;
 * "vanished for six weeks" is no doing), and none its agent ("held by police for five hours"). A state is no doing
 * ("remained a mystery for nearly 24 hours"), a sentence says more as a term ("jailed Harkin for 12 months"), and a
 * denied doing is its absence ("hasn't worked for 20 years" is not 20 years working).
 */
export function pastDoing(toks: readonly Tok[], k: number, f: number, after: (from: number) => string): string {
  const ing = gerund(toks[k]!.l);
  const next = toks[k + 1];
  if (next?.l === "by" || STATES.has(toks[k]!.l) || SENTENCING.test(toks[k]!.l) || negated(toks, k)) return "";
  const goesOn = GO_ON.has(toks[k]!.l);
  if (!goesOn && k + 1 === f) {
    const span = perfectSpan(toks, k);
    if (span !== "") return span;
  }
  if (ing === "") return "";
  // "spun out the legal battle for nearly five years": a phrasal verb's particle stands before its object.
  const object = PARTICLES.has(next?.l ?? "") ? toks[k + 2] : next;
  if (!goesOn && !OBJECT_TAGS.has(object?.pos ?? "") && !along(toks, k)) return "";
  const rest = k + 1 < f ? after(k + 1) : "";
  return rest === "" && !goesOn ? "" : [ing, rest].filter((w) => w !== "").join(" ");
}

/** Auxiliaries of a perfect: its time runs up to when it is told. */
const PERFECT = new Set(["have", "has", "had", "'ve", "'d"]);

/**
 * "the authorities have known for 14 months": a perfect with nothing between its participle and "for" says how long
 * its subject has been so, which the subject and the perfect say ("authorities have known"); "" for no perfect, or no
 * subject a noun names ("they have known": a pronoun says nothing on a card).
 */
function perfectSpan(toks: readonly Tok[], k: number): string {
  const aux = toks[k - 1];
  if (aux === undefined || !PERFECT.has(aux.l)) return "";
  const np = backNP(toks, k - 1);
  // "the Internet Explorer that Microsoft has offered for the last 20 years": in a relative clause the time is its
  // object's, which the subject and the perfect do not name.
  if (np === undefined || RELATIVES.has(toks[np[0] - 1]?.l ?? "")) return "";
  return `${phrase(toks, np[0], np[1])} ${aux.l} ${toks[k]!.l}`;
}

/** Pronouns that start a relative clause. */
const RELATIVES = new Set(["that", "which", "who", "whom"]);

/**
 * Prepositions after a past that say on what, as what or along what it went on, so the time is the doing's: "writhed on
 * a gurney for 43 minutes", "has dressed as a man for 43 years", "circled over the airport for two hours". Not where it
 * went or came to be ("travelled to Europe for five weeks", "arrived in Paris for three days", "stopped at the border
 * for two hours": the time is the stay's, and "in" or "at" after a verb of a moment says so as often as not).
 */
const ALONG = new Set(["on", "as", "with", "over", "around", "across", "through", "alongside"]);

/** Tags of the word right before a past whose own it is: a subject pronoun or name ("he writhed"), an auxiliary ("has dressed"). */
const OWN_TAGS = new Set(["PRON", "PROPN", "AUX"]);

/**
 * Whether the past at `k` goes on along the preposition after it (ALONG) as its subject's or perfect's doing; after a
 * noun it may be a participle that describes it ("a logo tattooed on his head for 30 days": the time is the logo's).
 */
function along(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  return next?.pos === "ADP" && ALONG.has(next.l) && OWN_TAGS.has(toks[k - 1]?.pos ?? "");
}

/** Subject pronouns, after which an "-ed" word is a past whatever the tagger calls it. */
const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "we", "they", "who"]);

/** Auxiliaries of a perfect, after which an "-ed" word is its participle whatever the tagger says. */
const HAVE = new Set(["has", "have", "had", "'ve", "'d"]);

/**
 * Whether the word at `k` is an "-ed" word the tagger called an adjective right after a subject pronoun ("he writhed"),
 * or a noun right after a perfect's auxiliary ("has baffled experts"): a past all the same.
 */
export function pastAfterSubject(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || !t.l.endsWith("ed")) return false;
  const p = toks[k - 1]?.l ?? "";
  // ("had tired legs": an adjective after "had" may be the object's; a noun in "-ed" is rare enough, "bed" and "need" aside.)
  return (t.pos === "ADJ" && SUBJECT_PRONOUNS.has(p)) || (t.pos === "NOUN" && gerund(t.l) !== "" && HAVE.has(p) && toks[k - 1]?.pos === "AUX");
}

/** Tags an object starts with. */
const OBJECT_TAGS = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

/** Pasts that say a state went on, not a doing: "remained a mystery", "stayed on the line". */
const STATES = new Set(["remained", "stayed"]);

/** Whether the verb at `k` is denied by the two words before it: "hasn't worked", "has not played", "never dated". */
export function negated(toks: readonly Tok[], k: number): boolean {
  return toks.slice(Math.max(0, k - 2), k).some((t) => t.l === "not" || t.l === "never" || t.l.endsWith("n't") || t.l.endsWith("n’t"));
}
