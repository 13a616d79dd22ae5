import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, BE_FORMS, CLAUSE_VERBS, DETERMINERS, MODALS, MONTHS, POSSESSIVES, PRONOUNS, SPEECH_VERBS } from "#brief/figures/language/lexicon.ts";
import { pastIng } from "#brief/figures/label/time-windows/event-after.ts";
import { gerund, negated } from "#brief/figures/label/durations/past-doing.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { atSentenceStart, isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";
import { timeWindow, windowClause, type WindowClause } from "#brief/figures/label/time-windows/window-clause.ts";
import { windowSeen } from "#brief/figures/label/time-windows/window-seen.ts";

// "in the last five years", "over the next 18 months", "in the opening 20 minutes": a window of time was labelled by
// its unit alone ('5 — years', about 70 of cnndm-dev's cards). What the window holds is its clause's: "Germany's
// economy shrank 0.2% in the last three months" → months in which Germany's economy shrank; a window ahead is the
// time to come (months ahead), a match's or a year's opening or closing stretch keeps its word ("first months of life",
// "opening minutes"). Shown only, through `placed`, so the ranking still reads the unit.

/**
 * The label of the duration `r` (unit `unit`, its noun phrase ending at `npEnd`) when it is a window; "" for any
 * other, or a window whose clause the parse cannot name in a few words.
 */
export function durationWindow(toks: readonly Tok[], r: Raw, unit: string, npEnd: number, lead: number): string {
  const w = timeWindow(toks, r);
  if (w === undefined) return "";
  // "the first three months of 2015", "the last three months of 2004": a stretch of a named period.
  const of = isWord(toks[npEnd], "of") ? ofPhrase(toks, npEnd + 1) : "";
  if (of !== "") return `${w.word} ${unit} of ${of}`;
  if (w.kind === "start" || w.kind === "end") return `${w.word} ${unit}`;
  // "would spend the next four months living at the hospital", "missed the last three weeks": a window with no
  // preposition is the verb's object, its time spent or missed, no window of a clause; as its clause's subject it
  // names what it has seen ("The last 12 months have seen a dramatic growth", window-seen.ts).
  if (w.preposition === "") return windowSeen(toks, unit, npEnd);
  const c = windowClause(toks, w.start, npEnd, lead);
  if (c === undefined) return "";
  // "Over the next five minutes, the crowd grew": a window next then, told in the past, is one in which its clause
  // happened, as a window back is ('minutes' before, labels70).
  return w.kind === "ahead" && ahead(toks, c) ? `${unit} ahead` : inWhich(toks, c, unit);
}

/** The noun phrase after a stretch's "of", a year or a name ("of 2004", "of life"); "" when none. */
function ofPhrase(toks: readonly Tok[], k: number): string {
  const t = toks[k];
  // "of 2004", "of October".
  if ((t?.kind === NUM && /^(?:19|20)\d\d$/.test(t.s)) || MONTHS.has(t?.l ?? "")) return t!.s;
  const start = pastDeterminers(toks, k);
  const end = forwardNP(toks, start);
  return end > start && end - k <= 3 ? phrase(toks, k, end) : "";
}


/** Auxiliaries of a past told from before now: "had", "was", "didn't". */
const TOLD = new Set(["had", "was", "were", "did", "hadn't", "wasn't", "weren't", "didn't"]);

/** Words that make a clause a future or a present: "will be established", "is preparing", "has agreed", "could lose". */
const NOW = new Set(["will", "shall", "would", "can", "could", "may", "might", "should", "must", "is", "are", "am", "has", "have", "won't", "isn't", "aren't"]);

/** Words before a past participle that leave its tense to them: "has agreed", "to be ticked off", "will be established". */
const PARTICIPLE_BEFORE = new Set(["has", "have", "'ve", "be", "been", "being", "is", "are", "to", "will", "would"]);

/** How far back from a window's verb its clause's tense is looked for: "will likely be unable, due to …, to attend". */
const TENSE_REACH = 14;

/**
 * Whether a window's clause says a time to come ("will be established in the next 18 months", "hopes to fight again
 * within the next 18 months", "is preparing for winds to hit parts of NSW over the next two days", "calls for more
 * spending over the next five years"): the nearest tense back from its verb is a future, a modal or a present, not a
 * past ("were set to celebrate birthdays in the coming two weeks", "Over the next six years she got further tattoos",
 * "uncovered … by interviewing the woman over the next four weeks": the next units were next then).
 */
function ahead(toks: readonly Tok[], c: WindowClause): boolean {
  for (let k = c.verb; k >= 0 && c.verb - k <= TENSE_REACH; k--) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    if (TOLD.has(t.l)) return false;
    // "we'll", "we're", "I'd expect", "what's going to happen": a contracted auxiliary.
    if (NOW.has(t.l) || /'(?:ll|re|m|ve|d)$/.test(t.l) || (t.pos === "AUX" && t.l.endsWith("'s"))) return true;
    if (t.pos !== "VERB") continue;
    let b = k - 1;
    while (toks[b]?.pos === "ADV" || toks[b]?.l === "not") b--;
    if (pastIng(t.l) !== "" && !t.l.endsWith("ing")) {
      if (!PARTICIPLE_BEFORE.has(toks[b]?.l ?? "")) return false;
    } else if (/[^s]s$/.test(t.l) || (!t.l.endsWith("ing") && pluralSubject(toks[b]))) return true;
  }
  return false;
}

/** Subject pronouns a present's plain form follows: "they expect". */
const PLURAL_PRONOUNS = new Set(["they", "we", "you", "i"]);

/**
 * Whether `t`, right before a plain verb, is a plural subject that makes the verb a present: "Forecasters expect heavy
 * rain over the next 36 hours" (a present like "expects", read as no tense, left the window its unit alone).
 */
const pluralSubject = (t: Tok | undefined): boolean => t !== undefined && (PLURAL_PRONOUNS.has(t.l) || ((t.pos === "NOUN" || t.pos === "PROPN") && /[^s]s$/.test(t.l)));

/** Auxiliaries of a perfect, kept in the label: "years in which Claxton has won the title" ("won" may be no past). */
const PERFECT = new Set(["has", "have", "had"]);

/**
 * Words before a clause's subject that start the clause: a conjunction, or a verb of saying or thinking (`CLAUSE_VERBS`:
 * "said his skill has developed", "knew the economy had shrunk"); any other verb makes it an object ("has seen a
 * surgical ward closed").
 */
const CLAUSE_OPENERS = new Set(["that", "as", "when", "because", "while", "but", "since", "after"]);

/**
 * "months in which Germany's economy shrank", "years in which Claxton has won the national title": the window's clause
 * with its subject, when it fits the card; else its "-ing" with its object ("years receiving bad publicity"); "" when
 * the clause is denied or modal, its verb an "-ing", or its object does not fit.
 */
function inWhich(toks: readonly Tok[], c: WindowClause, unit: string): string {
  const verb = toks[c.verb]!;
  // "Australians visiting Bali over the past two months": an "-ing" with no auxiliary describes a noun, no clause's verb;
  // a modal makes the clause no account of the window ("could have been saved in the last two or three years").
  if (negated(toks, c.verb) || verb.l.endsWith("ing") || toks.slice(c.aux, c.verb).some((t) => MODALS.has(t.l))) return "";
  const object = words(toks, c.verb + 1, c.objectEnd);
  // "Claxton has won the national 60m hurdles title": an object cut to nothing leaves the verb saying too little
  // (an adverb is no object: "poured forward", "risen sharply").
  if (object.length === 0 && toks.slice(c.verb + 1, c.objectEnd).some((t) => t.pos !== "ADV")) return "";
  // "Germany's economy shrank 0.2%": a change's amount is a figure of its own, not what the window holds.
  const moved = upDown(verb) !== undefined && (toks[c.verb + 1]?.kind === NUM || isWord(toks[c.verb + 1], "by"));
  const subject = subjectWords(toks, c);
  if (subject.length > 0) {
    const perfect = PERFECT.has(toks[c.verb - 1]?.l ?? "") ? [toks[c.verb - 1]!.l] : [];
    // ("shots were fired": a plural's passive keeps its plural.)
    const be = toks[c.verb - 1]?.l ?? "";
    const passive = BE_FORMS.has(be) ? [be === "were" || be === "are" ? "were" : "was"] : [];
    const label = [unit, "in", "which", ...subject, ...perfect, ...passive, verb.l, ...(moved ? [] : object)];
    if (label.length <= MAX_LABEL_WORDS) return label.join(" ");
    // "years in which his skill developed": a perfect's "-ed" participle is its past too, when the auxiliary does not fit.
    if (perfect.length > 0 && label.length - 1 <= MAX_LABEL_WORDS && verb.l.endsWith("ed")) return label.filter((_, i) => i !== 3 + subject.length).join(" ");
  }
  // "years receiving bad publicity": no subject fits, but the doing and its object do, when an auxiliary or a subject
  // makes the verb a clause's ("feedback received from festival goers" is a noun's participle) and no passive
  // ("been killed, wounded, abducted or kidnapped") nor a coordinated verb leaves it another's.
  const clause = c.aux < c.verb || subject.length > 0;
  const passive = toks.slice(c.aux, c.verb).some((t) => BE_FORMS.has(t.l)) || toks[c.verb - 1]?.pos === "CCONJ" || toks[c.verb - 1]?.s === ",";
  // "authorities have reported a sudden surge in the past 10 days": what was said in the window is not said during it.
  // A verb of belief or wish is a state that lasts the window, so it keeps its "-ing" ("years fearing a collapse").
  const doing = clause && !passive && !SPEECH_VERBS.has(verb.l) ? gerund(verb.l) : "";
  const first = toks[c.verb + 1];
  // "scoring more Premier League goals", "underperforming in the T20 competition", "making just 22 appearances".
  const counted = first?.kind === NUM || (first?.pos === "ADV" && toks[c.verb + 2]?.kind === NUM);
  const thing = isWord(first) && (first.pos === "DET" || first.pos === "NOUN" || first.pos === "ADJ" || first.pos === "PROPN" || first.pos === "ADP" || POSSESSIVES.has(first.l));
  // "had grown by an average | of 3.2%": a change cut before its amount says nothing of it.
  if (doing === "" || object.length === 0 || !(thing || counted) || (moved && !object.some((w) => /\d/.test(w)))) return "";
  return object.length + 2 <= MAX_LABEL_WORDS ? [unit, doing, ...object].join(" ") : "";
}

/** The subject's words when it opens its clause and is no pronoun ("Germany's economy"); none otherwise. */
function subjectWords(toks: readonly Tok[], c: WindowClause): string[] {
  if (c.subject === undefined) return [];
  const [start, to] = c.subject;
  if (to - start === 1 && PRONOUNS.has(toks[start]!.l)) return [];
  // "his skill", "the economy": over the determiners the noun phrase left out; an owner stays, an article goes.
  let from = start;
  while (from > 0 && DETERMINERS.has(toks[from - 1]!.l)) from--;
  const before = toks[from - 1];
  const opens = c.fronted || before === undefined || !isWord(before) || CLAUSE_OPENERS.has(before.l) || CLAUSE_VERBS.has(before.l);
  while (from < to - 1 && ARTICLES.has(toks[from]!.l)) from++;
  return opens ? words(toks, from, to) : [];
}

/** Particles a verb's label keeps: "poured forward". */
const PARTICLES = new Set(["forward", "back", "out", "away", "up", "down", "off", "ahead", "around", "over"]);

/** Tags a label does not end on: function words, and an adverb ("risen sharply"). */
const FUNCTION_TAGS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "ADV"]);

/** How many words of an object a window's label may hold. */
const OBJECT_WORDS = 4;

/**
 * The words from `from` to `to` as the label writes them (a name's capitals kept, digits as written), cut before the
 * last preposition within OBJECT_WORDS; none when the cut leaves nothing.
 */
function words(toks: readonly Tok[], from: number, to: number): string[] {
  let end = to;
  if (end - from > OBJECT_WORDS) {
    end = from;
    for (let k = from + 1; k <= from + OBJECT_WORDS; k++) if (toks[k]?.pos === "ADP") end = k;
  }
  // "poured forward", "turned his life around": a verb's particle stays.
  while (end > from && FUNCTION_TAGS.has(toks[end - 1]?.pos ?? "") && !PARTICLES.has(toks[end - 1]!.l)) end--;
  const out: string[] = [];
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    // A name keeps its capitals, at the sentence's start too ("Germany's economy"), but for a plural there ("Sales").
    const name = t.pos === "PROPN" && !(atSentenceStart(toks, k) && /[^s'’]s$/.test(t.s));
    if (t.kind === NUM) out.push(t.s);
    else if (isWord(t)) out.push(name ? t.s : t.l);
  }
  return out;
}
