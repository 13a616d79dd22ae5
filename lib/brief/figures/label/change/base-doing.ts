// "In the spring poll, 61 per cent of voters backed the bypass": a share whose base runs on into a verb counts the part
// of the base that did what the verb says ('voters backed bypass'). Labelled by its base alone ('share of voters') the
// card said of what, never which part: the commonest bad label on blind samples BB and BC (8 of their 25 bad lenient
// rows, made-up shapes BB 7, BC 3 and 4). Read from the parse, not from a list of nouns or verbs: the base's noun phrase
// ends, and what follows it is the clause the share is the subject of ("45% of Welsh farms have switched to solar
// panels" → Welsh farms switched to solar panels), a relative clause about the base ("of farms that switched"), or a
// participle the tagger may call a noun ("with 19 per cent of Welsh voters planning to back Mr Jones"). Perfect and
// passive auxiliaries are left out before their participle ("were affected" → affected); modals, "do" and negation are
// kept ("cannot get", "did not turn up"); a copula and an adjective give a state ("of adults are obese" → adults
// obese). A verb of rising or falling is a change's, not this; a share that a relative clause makes the verb's object
// ("the plan which 40% of voters backed") names no part.
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { answerFrom } from "#brief/figures/label/change/poll-answer.ts";
import { AUXILIARIES, BE_FORMS, HAVE_FORMS, NEGATIVE_ADVERBS, PARTICLES, participleSpelling } from "#brief/figures/language/lexicon.ts";
import { wholePredicate } from "#brief/figures/language/whole-predicate.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isPlural, phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, PUNCT, type Tok, upDown } from "#brief/figures/language/tokens.ts";

/** Relative pronouns that open a clause about the base: "of farms that switched to solar". */
const RELATIVES = new Set(["that", "who", "which"]);

/** Tags after which an "-ing" word the tagger calls a noun opens a participle's clause: "planning to", "using the". */
const CLAUSE_STARTS = new Set(["PART", "DET", "ADP", "PRON"]);

/** How many words may stand between the base and its verb: auxiliaries, "not", an adverb ("have not yet switched"). */
const VERB_REACH = 4;

/** Tags that open an object: before one, a word the tagger calls an adjective is a verb ("adults own a smartphone"). */
const OBJECT_OPENERS = new Set(["DET", "PRON", "NUM"]);

/** Tags that open a verb's object or its clause: "back scrapping Trident", "back the plan". */
const OBJECT_STARTS = new Set(["VERB", "DET", "PRON", "PROPN", "NOUN"]);

/** How far past "whose" the base's own verb may stand: "of mothers whose sons are over 21 still have a son". */
const WHOSE_REACH = 7;

/** Where the base's verb stands: its index, the first word kept before it (a modal, "do", "not") or -1, a copula. */
interface VerbAt {
  j: number;
  kept: number;
  be: boolean;
}

/** Whether the share at `s` is the object of a relative clause: "the plan which 40% of voters opposed". */
function objectRelative(toks: readonly Tok[], s: number): boolean {
  const before = toks[s - 1];
  return isWord(before) && (before.l === "which" || before.l === "whom" || (before.l === "that" && toks[s - 2]?.pos === "NOUN"));
}

/** "in 90 per cent of occasions occurs": a preposition's object is no subject; "with" opens an absolute (with-absolute.ts). */
function prepositionObject(toks: readonly Tok[], s: number): boolean {
  const before = toks[s - 1];
  return isWord(before) && before.pos === "ADP" && before.l !== "with";
}

/** "of Welsh voters planning to back": the base's last word is an "-ing" participle after a plural, a clause after it. */
function participleNoun(toks: readonly Tok[], k: number, end: number): boolean {
  const last = toks[end - 1]!;
  const head = toks[end - 2];
  const next = toks[end];
  return end - k >= 2 && last.l.endsWith("ing") && head?.pos === "NOUN" && /[^s]s$/.test(head.l) && isWord(next) && CLAUSE_STARTS.has(next.pos ?? "");
}

/** The verb from `v` past auxiliaries and adverbs; a "have" before no verb is the verb itself ("have no partitions"). */
function verbAt(toks: readonly Tok[], v: number): VerbAt | undefined {
  let kept = -1;
  let be = false;
  for (let j = v; j < v + VERB_REACH; j++) {
    const t = toks[j];
    if (!isWord(t)) return undefined;
    if (t.pos === "VERB" && !AUXILIARIES.has(t.l)) return { j, kept, be };
    // "of Labour candidates back scrapping Trident": a particle the tagger calls an adverb, right after the base and
    // before an object, is the verb.
    if (j === v && t.pos === "ADV" && PARTICLES.has(t.l) && OBJECT_STARTS.has(toks[j + 1]?.pos ?? "")) return { j, kept, be };
    if (HAVE_FORMS.has(t.l) && !["VERB", "AUX", "ADV", "PART"].includes(toks[j + 1]?.pos ?? "")) return { j, kept, be };
    if (BE_FORMS.has(t.l)) be = true;
    else if (t.pos === "ADJ" && (be || OBJECT_OPENERS.has(toks[j + 1]?.pos ?? ""))) return { j, kept, be };
    else if ((AUXILIARIES.has(t.l) && !HAVE_FORMS.has(t.l)) || NEGATIVE_ADVERBS.has(t.l)) kept = kept < 0 ? j : kept;
    else if (t.pos !== "ADV" && !HAVE_FORMS.has(t.l)) return undefined;
  }
  return undefined;
}

/**
 * Whether the noun phrase's last word before an object is a verb the tagger read into it: an adjective ("adults own a
 * smartphone"), or a singular noun after a plural one ("adults drive a car"), no head a plural modifies.
 */
function ranOver(toks: readonly Tok[], end: number): boolean {
  const last = toks[end - 1]!;
  return last.pos === "ADJ" || (last.pos === "NOUN" && !isPlural(last.l) && toks[end - 2]?.pos === "NOUN" && isPlural(toks[end - 2]!.l));
}

/** Where a base's verb stands, and how the base before it ends. */
interface BaseVerb {
  /** The base's last word is a participle the tagger called a noun ("of Welsh voters planning to back"). */
  participle: boolean;
  /** A relative pronoun opens the clause after the base ("of farms that switched"). */
  relative: boolean;
  baseEnd: number;
  at: VerbAt | undefined;
}

/**
 * The verb of the base from `k` to `end` (base-doing's reading, and gapped-share.ts' for the share before a gap): after
 * a participle the tagger called a noun, a verb it called an adjective that the noun phrase ran over ("of the world's
 * adults own a smartphone"), a relative pronoun, or a relative about another noun ("whose sons are over 21").
 */
export function baseVerb(toks: readonly Tok[], k: number, end: number): BaseVerb {
  const participle = participleNoun(toks, k, end);
  const swallowed = !participle && end - k >= 2 && ranOver(toks, end) && OBJECT_OPENERS.has(toks[end]?.pos ?? "");
  const baseEnd = participle || swallowed ? end - 1 : end;
  const relative = !participle && !swallowed && isWord(toks[end]) && RELATIVES.has(toks[end]!.l);
  const from = relative ? end + 1 : pastWhose(toks, end);
  // A word the noun phrase ran over is the verb itself, whatever its tag.
  const at = participle || swallowed ? { j: baseEnd, kept: -1, be: false } : from < 0 ? undefined : verbAt(toks, from);
  return { participle, relative, baseEnd, at };
}

/**
 * What the part of the base from `k` to `end` did, base first ("voters backed bypass"), when a share at `s` of it is
 * "N% of BASE" and a verb follows the base; else "". Past a label's words the base gives way to its head noun
 * ("voters planning to back Mr Jones"), and the predicate is cut at a boundary as a poll's answer is (poll-answer.ts).
 */
export function baseDoing(toks: readonly Tok[], s: number, k: number, end: number): string {
  const { participle, relative, baseEnd, at } = baseVerb(toks, k, end);
  if (at === undefined) return "";
  const verb = toks[at.j]!;
  if (upDown(verb) !== undefined) return "";
  // "67% of teens killed while fleeing": a participle right after the base describes it, whatever the share's role.
  const described = participle || relative || (at.j === end && participleSpelling(verb.l));
  if ((!participle && !relative && objectRelative(toks, s)) || (!described && prepositionObject(toks, s))) return "";
  const base = phrase(toks, k, baseEnd);
  if (verb.pos === "ADJ" && at.be) return state(toks, base, at);
  const first = at.kept < 0 ? at.j : at.kept;
  let said = answerFrom(toks, first, MAX_LABEL_WORDS - 1);
  // "of the homes were affected.": a participle alone, its auxiliary left out, says what was done to them.
  if (said === "" && at.be && at.kept < 0 && (toks[at.j + 1] === undefined || toks[at.j + 1]!.kind === PUNCT)) said = verb.l;
  said = said === "" ? "" : wholePredicate(toks, first, said);
  // "One in five children now lives in poverty": the plural base takes the plural verb ('children live in poverty').
  if (said !== "" && at.kept < 0 && isPlural(toks[baseEnd - 1]?.l ?? "")) said = said.replace(/^\S+/, plural);
  if (said === "") return "";
  const words = said.split(" ").length;
  if (base.split(" ").length + words <= MAX_LABEL_WORDS) return `${base} ${said}`;
  return `${phrase(toks, baseEnd - 1, baseEnd)} ${said}`;
}

/**
 * The token where the base's own verb may start: `end`, or past a relative clause about another noun ("of mothers whose
 * sons are over 21 | still have a son"), to the next verb after the relative's own; -1 when none is within reach.
 */
function pastWhose(toks: readonly Tok[], end: number): number {
  if (!isWord(toks[end], "whose")) return end;
  let j = forwardNP(toks, end + 1);
  if (j === end + 1 || !VERB_TAGS.has(toks[j]?.pos ?? "")) return -1;
  while (VERB_TAGS.has(toks[j]?.pos ?? "")) j++;
  for (; j < end + WHOSE_REACH && (isWord(toks[j]) || toks[j]?.kind === NUM); j++) if (VERB_TAGS.has(toks[j]!.pos ?? "")) return j;
  return -1;
}

/** Tags of a verb group's words. */
const VERB_TAGS = new Set(["VERB", "AUX"]);

/** A verb said of one ("lives", "has", "watches", "carries") as said of many: live, have, watch, carry. */
function plural(verb: string): string {
  if (verb === "has") return "have";
  if (verb === "does" || verb === "goes") return verb.slice(0, -2);
  if (!/[^su]s$/.test(verb) || verb.endsWith("is")) return verb;
  if (verb.endsWith("ies")) return `${verb.slice(0, -3)}y`;
  return /(?:ch|sh|x|z|ss)es$/.test(verb) ? verb.slice(0, -2) : verb.slice(0, -1);
}

/** "of adults are obese", "are not insured.": the base in the state an adjective ending its clause names. */
function state(toks: readonly Tok[], base: string, at: VerbAt): string {
  const not = at.kept >= 0 && isWord(toks[at.kept], "not");
  const next = toks[at.j + 1];
  if ((at.kept >= 0 && !not) || (isWord(next) && next.pos !== "CCONJ")) return "";
  return `${base}${not ? " not" : ""} ${phrase(toks, at.j, at.j + 1)}`;
}
