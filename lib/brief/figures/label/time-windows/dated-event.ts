import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, BE_FORMS, CONJUNCTIONS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { eventBefore, OBJECT_TAGS, participle, pastIng } from "#brief/figures/label/time-windows/event-after.ts";
import { relativePast } from "#brief/figures/label/time-windows/relative-past.ts";
import { passiveByContext } from "#brief/figures/label/durations/passive-participle.ts";
import { irregularPast } from "#brief/figures/label/durations/past-doing.ts";
import { wentMissing } from "#brief/figures/label/time-windows/went-missing.ts";
import { atSentenceStart, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "founded the company 15 years ago", "was arrested four days later": a time point says when an event happened, and
// its label was the unit and the word that made it one ('15 — years ago'), which says when, not what. The gold
// (figures-dev.jsonl) types these as durations and labels them by the event they date ("since graduation", "time to
// debut", "gap between shootings"); CNN/DailyMail highlights quote them on the card about as often as its other
// figures (38 of 299 on cnndm-dev, against 2 of 84 for the figure that would take the slot), so they stay on the card
// and name their event: the past before them, read as event-after.ts reads one before "after" → 'years since
// founding the company', 'days before being arrested'. Shown only (`placed`): the ranking still reads 'years ago'.

/** The word that makes a time point one, and how its label links the event: "ago"/"earlier" since it, "later" before it. */
const LINKS: ReadonlyMap<string, string> = new Map([["ago", "since"], ["earlier", "since"], ["later", "before"]]);

/** How many words may stand between the event's verb and the time: its object and a place ("graduated from Keio University"). */
const REACH = 8;

/** Words before a participle that open a clause cut short of its auxiliary: "when questioned two years ago". */
const REDUCED = new Set(["when", "while", "once", "if", "after", "before", "until"]);

/** Marks before a participle that open an aside cut short of its auxiliary: "shrines -- also built", "The operation, carried out". */
const CUTS = new Set([",", "-", "--", "—", "–"]);

/** Forms of "have" that make a participle after their object a thing done to it: "had her right eye removed". */
const HAVE = new Set(["had", "has", "have", "having", "got", "get", "gets"]);

/** Tags of the words of the object between a causative "had" and its participle ("his right leg"). */
const OBJECT_WORDS = new Set(["DET", "PRON", "ADJ", "NOUN", "NUM"]);

/** How far back a causative "had" may stand before its participle: "had his right leg amputated". */
const CAUSATIVE_REACH = 5;

/**
 * The event a time point `r` (unit `unit`, made one by `when`) dates, from the past verb before it in its clause:
 * "graduated from Keio University two weeks ago" → weeks since graduating from Keio University; "" when no past of a
 * moment stands within reach, a conjunction or a punctuation mark comes first, or the past is a thing had done.
 */
export function datedEvent(toks: readonly Tok[], r: Raw, unit: string, when: string): string {
  const link = LINKS.get(when);
  if (link === undefined) return "";
  // Back over the object to its verb.
  let v = r.s - 1;
  // "who shot to fame 20 years ago": a past after a relative pronoun is its verb, tagged a noun (relative-past.ts).
  const isVerb = (k: number): boolean => toks[k]?.pos === "VERB" || relativePast(toks, k, (l) => pastIng(l) !== "");
  while (v >= 0 && r.s - v <= REACH && isWord(toks[v]) && !isVerb(v)) {
    if (!OBJECT_TAGS.has(toks[v]!.pos ?? "") || CONJUNCTIONS.has(toks[v]!.l)) return "";
    v--;
  }
  const verb = toks[v];
  if (!isWord(verb) || !isVerb(v) || r.s - v > REACH) return "";
  if (causative(toks, v)) return hadDone(toks, v, unit, link);
  const cause = causedDoing(toks, v);
  if (cause !== undefined) return eventBefore(toks, unit, cause, r.s, link);
  const event = wentMissing(toks, v);
  return eventBefore(toks, unit, event, r.s, link, passive(toks, event, r.s));
}

/** Tags of a fronted time point's subject: "Five years ago the couple opened", "Two weeks ago ISIS fighters stormed". */
const SUBJECT_TAGS = new Set(["DET", "PROPN", "NOUN", "ADJ", "PRON"]);

/**
 * The event a time point fronted at its sentence's start dates, from the past verb after its subject: "Five years ago
 * the couple opened a bakery" → years since opening a bakery (the verb and object dated-event reads before a time
 * point, read after it); "" when its clause says a state ("Twelve months ago, Liverpool were …"), counts its subject
 * ("One hundred years ago, more than 1 million died"), puts its verb before its subject ("Two days later came the
 * news") or has no past within reach.
 */
export function frontedEvent(toks: readonly Tok[], r: Raw, unit: string, when: string, at: number): string {
  const link = LINKS.get(when);
  if (link === undefined || !(r.s === 0 || atSentenceStart(toks, r.s))) return "";
  // ("Two years ago, in early 2019, the firm was hired": the aside that dates it again between commas.)
  let v = dayAfter(toks, toks[at + 1]?.s === "," ? at + 2 : at + 1);
  const subject = v;
  // "a nurse from Leeds was charged": a place's "from", "of" or "in" inside the subject.
  while (v - subject < SUBJECT_WORDS && isWord(toks[v]) && (SUBJECT_TAGS.has(toks[v]!.pos ?? "") || (v > subject && SUBJECT_LINKS.has(toks[v]!.l)))) v++;
  // "was charged with fraud": a past passive's auxiliary before its participle ("Two weeks later, he is seen sitting":
  // a story told in the present dates no event).
  const passive = v > subject && PAST_BE.has(toks[v]?.l ?? "") && participle(toks[v + 1]?.l ?? "") !== "";
  if (passive) v++;
  if (v === subject || !isWord(toks[v]) || toks[v]!.pos !== "VERB" || SUBJECT_LINKS.has(toks[v - 1]!.l)) return "";
  let end = v + 1;
  while (end - v <= REACH && isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]!.l)) end++;
  return eventBefore(toks, unit, v, end, link, passive);
}

/** Past forms of "be" that make a fronted time point's clause a past passive: "a nurse was charged". */
const PAST_BE = new Set(["was", "were"]);

/** How many words a fronted time point's subject may take: "a nurse from Leeds". */
const SUBJECT_WORDS = 6;

/** Prepositions that may stand inside a fronted time point's subject, before its own noun: "a nurse from Leeds". */
const SUBJECT_LINKS = new Set(["from", "of", "in"]);

/** How many words a day said after a fronted time point may take before its comma: "on Easter Sunday". */
const DAY_WORDS = 4;

/**
 * Where the clause after a fronted time point starts when a day or date said with a preposition stands between them,
 * ended by a comma ("Four years ago on Easter Sunday, Tom Jones decided …", "Exactly 12 years ago on Tuesday, a nurse
 * was charged", "Two years ago, in early 2019, the firm was hired"): after the comma; else `k`, the word after the time
 * point.
 */
function dayAfter(toks: readonly Tok[], k: number): number {
  if (!isWord(toks[k]) || toks[k]!.pos !== "ADP") return k;
  for (let j = k + 1; j <= k + DAY_WORDS; j++) {
    if (toks[j]?.s === ",") return j > k + 1 ? j + 1 : k;
    // ("on 5 May": a date's number too.)
    if (toks[j] === undefined || toks[j]!.kind === PUNCT) return k;
  }
  return k;
}

/** Whether a word may be a participle: "-ed", "-en", one event-after.ts knows ("made", "held") or an irregular past. */
const participleForm = (l: string): boolean => participle(l) !== "" || irregularPast(l);

/** Tags of the word after a participle cut short of its auxiliary (and its adverbs) that leave it no object: "carried out", "built of brick". */
const BARE = new Set(["PART", "ADP"]);

/**
 * Whether the participle at `v` is a passive with no auxiliary of its own: an agent after it ("captured by Prout"), a
 * clause cut short before it ("The operation, carried out three weeks ago", "when questioned"), or an auxiliary shared
 * with a participle before it ("was sexually assaulted and murdered", passive-participle.ts).
 */
function passive(toks: readonly Tok[], v: number, to: number): boolean {
  if (!participleForm(toks[v]!.l)) return false;
  if (isWord(toks[v + 1], "by")) return true;
  let a = v - 1;
  while (toks[a]?.pos === "ADV" && !REDUCED.has(toks[a]!.l)) a--;
  const before = toks[a];
  // "The operation, carried out three weeks ago": after a mark, only a participle with no object of its own, a particle
  // or a preposition at most after it ("Mirza, who lives in …, turned professional two years ago" is the relative
  // clause's end and the subject's own doing).
  if (before?.kind === PUNCT && CUTS.has(before.s)) {
    let k = v + 1;
    while (toks[k]?.pos === "ADV") k++;
    return k === to || BARE.has(toks[k]?.pos ?? "");
  }
  // "was shot and stabbed to death": a participle right before "and" shares its auxiliary (one passive-participle.ts'
  // list of pasts does not know).
  const shared = isWord(before, "and") && participleForm(toks[a - 1]?.l ?? "") && BE_FORMS.has(toks[a - 2]?.l ?? "");
  return shared || (isWord(before) && REDUCED.has(before.l)) || passiveByContext(toks, a, BE_FORMS);
}

/** "had her right eye removed", "had his nipples cut off": a participle after "have" and its object is no doing of the subject's. */
function causative(toks: readonly Tok[], v: number): boolean {
  return haveBefore(toks, v) !== undefined;
}

/** Where the causative "have" of the participle at `v` stands, with its object between them; undefined if none. */
const haveBefore = (toks: readonly Tok[], v: number): number | undefined => verbBeforeObject(toks, v, HAVE);

/**
 * Where a verb of `verbs` stands before the verb at `v` with an object between them ("had | her right eye | removed",
 * "made | the leaders | look"); undefined when none does within reach.
 */
function verbBeforeObject(toks: readonly Tok[], v: number, verbs: ReadonlySet<string>): number | undefined {
  for (let k = v - 1; k >= 0 && v - k <= CAUSATIVE_REACH && isWord(toks[k]); k--) {
    if (verbs.has(toks[k]!.l)) return k < v - 1 ? k : undefined;
    if (!OBJECT_WORDS.has(toks[k]!.pos ?? "")) return undefined;
  }
  return undefined;
}

// "Their rivals made the leaders look ordinary only three weeks ago": the verb right before the time is a bare one
// ("look"), which says no past, so the time point read 'weeks ago'. Its past is the causative before its object, whose
// event, with the object and the bare verb, is what the time dates ('weeks since making leaders look ordinary'), as a
// plain past dates its own ('years since storming off').

/** Pasts that take an object and a bare verb: "made them look", "saw her win", "helped them reach". */
const BARE_CAUSATIVES = new Set(["made", "saw", "watched", "heard", "helped"]);

/** Where the causative past before the bare verb at `v` and its object stands ("made the leaders | look"); else undefined. */
function causedDoing(toks: readonly Tok[], v: number): number | undefined {
  return pastIng(toks[v]!.l) === "" ? verbBeforeObject(toks, v, BARE_CAUSATIVES) : undefined;
}

/**
 * "She had her tonsils removed eight months ago" → months since having her tonsils removed: a thing had done is the
 * event, said as what was had done (it read "months ago", the subject's doing being none; AK shape 8); its owner left
 * out when the label would not fit ("months since having tonsils removed").
 */
function hadDone(toks: readonly Tok[], v: number, unit: string, link: string): string {
  const have = haveBefore(toks, v)!;
  const object = toks.slice(have + 1, v).map((t) => t.l);
  const label = (words: readonly string[]): string => `${unit} ${link} having ${words.join(" ")} ${toks[v]!.l}`;
  const full = label(object);
  const unowned = object.filter((w) => !POSSESSIVES.has(w) && !ARTICLES.has(w));
  return full.split(" ").length <= MAX_LABEL_WORDS ? full : label(unowned);
}
