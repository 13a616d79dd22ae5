import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, BE_FORMS, CONJUNCTIONS, DURATIONS, GET_FORMS, LASTING, MONTHS, PARTICLES, POSSESSIVES, SENTENCING, SPENDING, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { gerund, irregularPast, negated } from "#brief/figures/label/durations/past-doing.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "McCormack opened the scoring after just four minutes", "Mueller-Wohlfahrt quit after 38 years", "was released after
// three years": a time after which something happened is how long it took to happen, and the past before "after" is
// the event ('four — minutes before opening the scoring'); the label was the unit alone, a match report's commonest
// (scripts/unit-only-labels.ts). Only a past or a passive is read: a present or a future ("feel confident after ten
// years I can …", "will be released after …") says when, not what the time led to; nor a time the phrase after it
// names ("after three seasons on loan", "after eight years at Chelsea": the time is the loan's, the club's). A past
// "within" a time came before its end as one after it did ("it died within 24 hours" → hours before dying).

/** Pasts of a moment that are no "-ed" form nor in past-doing.ts' list (which keeps verbs that go on), as their "-ing". */
const MOMENT_PASTS: ReadonlyMap<string, string> = new Map([
  ["put", "putting"], ["quit", "quitting"], ["cut", "cutting"], ["hit", "hitting"], ["came", "coming"], ["became", "becoming"],
  ["made", "making"], ["left", "leaving"], ["went", "going"], ["got", "getting"], ["won", "winning"],
  ["fell", "falling"], ["fallen", "falling"], ["struck", "striking"], ["drew", "drawing"], ["threw", "throwing"], ["gave", "giving"],
  ["found", "finding"], ["lost", "losing"], ["began", "beginning"], ["split", "splitting"], ["woke", "waking"],
  ["saw", "seeing"], ["met", "meeting"],
  // "Almost three weeks later, a walker heard barking": pasts of a moment a time point dates (card audit 38).
  ["heard", "hearing"], ["told", "telling"], ["sent", "sending"], ["sold", "selling"], ["bought", "buying"], ["caught", "catching"],
  ["brought", "bringing"], ["shot", "shooting"], ["broke", "breaking"], ["sank", "sinking"], ["rang", "ringing"],
  // "-ed" pasts too short for past-doing.ts' gerund: "the fans who died at Hillsborough almost 26 years ago".
  ["died", "dying"], ["fled", "fleeing"],
  // "She rose to stardom eight years ago": a rise to a state (card audit 47's shape 10).
  ["rose", "rising"],
]);

/** Irregular participles of a passive, as its "-ing": "got taken off" → being taken off. */
const PARTICIPLES = new Set(["taken", "given", "shown", "thrown", "brought", "caught", "sent", "sold", "told", "found", "made", "put", "cut", "hit", "let", "set", "freed", "left", "kept", "held", "beaten", "chosen", "seen", "forced", "built", "shot"]);

/** Words after the unit that end the time's phrase, so the time is the event's: "after eight minutes when he …". */
const CLOSERS = new Set(["when", "but", "despite", "against", "before", "until", "while", "and", "as", "having", "following"]);

/** Units of a match's clock. */
export const CLOCK = new Set(["minutes", "minute", "seconds", "second"]);

/** Words before a verb that make it no past of the story: "to take the lead after 62 minutes", "will go after …". */
const UNREAL = new Set(["to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "'d"]);

/** Words an object cannot hold: a time there says when the event was, not what it was ("left Capital FM this year"). */
const TIME_NOUNS = new Set(["year", "week", "month", "day", "season", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "weekend"]);

/** Adverbs that say an event did not quite happen. */
const NEARLY = new Set(["almost", "nearly", "narrowly"]);

/** How many words may stand between the verb and "after": its particle and object ("put the Sons ahead"). */
const OBJECT_REACH = 6;

/** Tags of the words between a verb and "after": its object, particle and adjuncts. */
export const OBJECT_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ", "ADV", "ADP", "PRON", "PART", "NUM"]);

/**
 * The event the duration `r` (unit `unit`, its noun phrase ending at `npEnd`) ran up to, when it follows "after" and a
 * past or passive before that names the event: "opened the scoring after eight minutes" → minutes before opening the
 * scoring; "" for any other.
 */
export function eventAfter(toks: readonly Tok[], r: Raw, unit: string, npEnd: number): string {
  const a = r.s - 1;
  // "it died within 24 hours": a past within a time came before its end, as one after it did.
  if (!(isWord(toks[a], "after") || isWord(toks[a], "within")) || !DURATIONS.has(unit)) return "";
  const next = toks[npEnd];
  // "after just two minutes with his first goal": on a match's clock "with" says how; after years it is with whom.
  // "opened the scoring after eight minutes at Old Trafford": on a match's clock "at" says the match's ground; after
  // years it is where they were spent ("after eight years at Chelsea"). ("minutes at the wheel" is label-duration.ts'.)
  const how = (isWord(next, "with") || isWord(next, "at")) && CLOCK.has(unit);
  const closed = next === undefined || how || (next.kind === WORD ? CLOSERS.has(next.l) : next.s !== "'" && next.s !== "’");
  if (!closed) return "";
  const v = verbBack(toks, a);
  return v < 0 ? "" : eventBefore(toks, unit, v, a);
}

/**
 * The verb before the word at `a` ("opened the scoring | after"), back over its object, particle and adjuncts; -1 when
 * a conjunction or a word of no object comes first, or none stands within reach.
 */
export function verbBack(toks: readonly Tok[], a: number): number {
  // A "verb" after an owner or an article is a noun ("doubled their lead").
  let v = a - 1;
  while (v >= 0 && a - v <= OBJECT_REACH && isWord(toks[v]) && (toks[v]!.pos !== "VERB" || owned(toks[v - 1]))) {
    if ((!OBJECT_TAGS.has(toks[v]!.pos ?? "") && toks[v]!.pos !== "VERB") || CONJUNCTIONS.has(toks[v]!.l)) return -1;
    v--;
  }
  const verb = toks[v];
  return isWord(verb) && verb.pos === "VERB" && a - v <= OBJECT_REACH ? v : -1;
}

/**
 * "minutes before opening the scoring": the past or passive verb at `v`, with its words up to `to`, as the event a
 * time of `unit` ran up to; "" for a time spent or served, a sentence, a denied or nearly done event, a modal or an
 * infinitive ("to take the lead"), or a verb with no "-ing" this knows. `link` joins the unit and the event ("since" for
 * a time ago, dated-event.ts); `passiveHere` reads the verb as a passive its caller found by other signs ("captured by").
 */
export function eventBefore(toks: readonly Tok[], unit: string, v: number, to: number, link = "before", passiveHere = false): string {
  const verb = toks[v]!;
  if (LASTING.has(verb.l) || SPENDING.has(verb.l) || SENTENCING.test(verb.l) || negated(toks, v)) return "";
  // Over adverbs and auxiliaries to a modal or an infinitive's "to": "will be released", "not to take the lead".
  let aux = v - 1;
  while (toks[aux]?.pos === "ADV") {
    // "almost doubled their lead": what nearly happened did not.
    if (NEARLY.has(toks[aux]!.l)) return "";
    aux--;
  }
  // "is being sued over a murder 40 years ago": a present's passive is no past event a time since dates (one "later"
  // is: "is being auctioned 70 years later").
  if (link === "since" && isWord(toks[aux], "being") && PRESENT_BE.has(toks[aux - 1]?.l ?? "")) return "";
  const passive = passiveHere || BE_FORMS.has(toks[aux]?.l ?? "") || GET_FORMS.has(toks[aux]?.l ?? "");
  for (let k = aux; k >= 0 && k >= aux - 2 && isWord(toks[k]); k--) if (UNREAL.has(toks[k]!.l)) return "";
  // "had four sons before divorcing 15 years later", "founded in 1901, moving to its ground 20 years later": an "-ing"
  // that opens its clause, after a preposition or a comma, is the event "later" dates as it stands (it read '15 —
  // years later', card audit 62, sample BD); not one a verb before it takes ("was seen running two minutes later"), nor
  // one that may never have happened ("deny the shot from giving Chelsea the lead after three minutes", "without").
  const opens = CLAUSE_OPENERS.has(toks[v - 1]?.s.toLowerCase() ?? "");
  const ing = passive ? participle(verb.l) : pastIng(verb.l) || (link === "before" && opens && verb.pos === "VERB" && /..ing$/.test(verb.l) ? verb.l : "");
  if (ing === "") return "";
  return eventLabel(toks, `${unit} ${link}`, ing, v + 1, to);
}

/** What opens a clause whose "-ing" happened: a preposition of time, or a comma ("…, moving to its ground"). */
const CLAUSE_OPENERS = new Set(["before", "after", "by", "since", "until", "while", "when", ","]);

/** Present forms of "be" before "being": "is being sued". */
const PRESENT_BE = new Set(["is", "are", "am", "'s", "'re"]);

/** Whether a word before one the tagger calls a verb makes it a noun: an article or an owner ("doubled their lead"). */
function owned(t: Tok | undefined): boolean {
  return t !== undefined && (t.pos === "DET" || POSSESSIVES.has(t.l));
}

/** A past's "-ing" ("opened" → opening, "quit" → quitting, "held" → holding), "" for a word that is no past this knows. */
export function pastIng(l: string): string {
  return MOMENT_PASTS.get(l) ?? (/ed$/.test(l) || irregularPast(l) ? gerund(l) : "");
}

/** A passive's participle as "being …" ("released" → being released), "" for a word that is no participle. */
export function participle(l: string): string {
  // "-wn": "withdrawn", "drawn", "blown".
  return /(?:ed|en|wn)$/.test(l) || PARTICIPLES.has(l) ? `being ${l}` : "";
}

/**
 * "minutes before opening the scoring": the unit, "before", the event's "-ing" and the words from `from` to `to` after
 * it, cut before a time ("this year") and then at a phrase's end to fit the card; "" when a cut leaves a verb without
 * the object it needs ("minutes before putting").
 */
export function eventLabel(toks: readonly Tok[], head: string, ing: string, from: number, to: number): string {
  // "before he pulled out the Ivan card": a particle right after the verb is the verb's, so an object after it that
  // does not fit loses its article as one right after the verb does ('minutes before pulling out Ivan card'); cut at
  // the particle, it read 'minutes before pulling' (labels46).
  if (PARTICLES.has(toks[from]?.l ?? "") && isWord(toks[from]) && to > from + 1 && !PARTICLES.has(ing.slice(ing.lastIndexOf(" ") + 1))) {
    return eventLabel(toks, head, `${ing} ${toks[from]!.l}`, from + 1, to);
  }
  let end = from;
  while (end < to && !timeWord(toks[end]!)) end++;
  // "left London's Capital FM | this year": the words before a time end on a noun.
  while (end > from && end < to && FUNCTION_TAGS.has(toks[end - 1]?.pos ?? "")) end--;
  // The unit, "before" and the "-ing" take their words of the card's label first.
  const budget = MAX_LABEL_WORDS - head.split(" ").length - ing.split(" ").length;
  // "since winning his breakthrough world title": an object's article or owner goes when the rest then fits, as
  // "since first mammal cloned" goes without its "the" (the label was the unit alone).
  const bare = end - from > budget && end - from - 1 <= budget && (ARTICLES.has(toks[from]?.l ?? "") || POSSESSIVES.has(toks[from]?.l ?? ""));
  const start = bare ? from + 1 : from;
  let cut = end;
  if (end - start > budget) {
    // The last preposition within the budget ends the phrase: "wriggling over | in the left corner".
    cut = start;
    for (let k = start + 1; k <= start + budget; k++) if (toks[k]?.pos === "ADP") cut = k;
  }
  // A particle right after the verb stays: "cutting out", "coming on".
  while (cut > from && FUNCTION_TAGS.has(toks[cut - 1]?.pos ?? "") && !(cut - 1 === from && VERB_PARTICLES.has(toks[from]!.l))) cut--;
  // Words after the verb cut away, or a time in their place, leave it saying too little ("putting", "leaving"); but a
  // preposition right after it, no particle, starts a place or a manner, and the verb has no object to lose: "was
  // released into police custody two days later" → days before being released. Not one whose object is the time
  // itself ("compared with 20 years ago", "looked like 500 years ago": no event).
  const adjunct = toks[from]?.pos === "ADP" && !PARTICLES.has(toks[from]!.l) && to - from > 1;
  if (cut === from && end > from && !adjunct) return "";
  return [`${head} ${ing}`, phrase(toks, start, cut)].filter((w) => w !== "").join(" ");
}

/** A verb's particles, which its label keeps: "cut out", "came on", "wriggled over". */
const VERB_PARTICLES = new Set([...PARTICLES, "on", "over", "in", "through", "around"]);

/** Tags a label does not end on. */
const FUNCTION_TAGS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX"]);

/** Whether a word says when: a time noun, a month, a weekday ("on Friday", "this year"). */
function timeWord(t: Tok): boolean {
  return TIME_NOUNS.has(t.l) || MONTHS.has(t.l) || WEEKDAYS.has(t.l);
}
