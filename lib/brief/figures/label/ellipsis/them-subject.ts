import type { FigureKind, Raw } from "#brief/figures/card/figure.ts";
import { largerWhole } from "#brief/figures/label/ellipsis/larger-whole.ts";
import { ATTRIBUTION_VERBS, BE_FORMS, CLAUSE_VERBS, CONJUNCTIONS, DETERMINERS, HAVE_FORMS, MODALS, PREPOSITIONS } from "#brief/figures/language/lexicon.ts";

// "The council found 80 broken street lights. Officials said 50 of them would be fixed": "them" stands for the lights
// the sentence before counted, but the one plural before it in its own sentence is the speaker's, and
// them-antecedent.ts named the part by it ('50 — officials'; "Police arrested 12 men. Officers said five of them had
// been charged" read 'five — officers charged'). The subject of the verb the part stands after is no antecedent: of its
// own verb never ("Officials fixed 50 of them": a clause's subject is not its object's "them"), and of a verb of saying
// seldom (people who say how many "of them" speak of others). When the sentence before counted a larger whole of
// something, the part is of that ('50 — broken street lights', 'five — men charged', what them-state.ts added kept).
// "Officials said they would fix 50 of them": the part is its verb's object, and "they" (the officials) is that verb's
// subject, which its object's "them" never is; the label the count took from the speaker is of the whole the sentence
// before counted ('50 — potholes'), else of nothing: the part leaves the card, as a small bare number that names
// nothing does ('50 — officials' said the officials were what was fixed; a guessed plural of an uncounted sentence
// before, "complained about potholes", may as well be the residents who complained).

/** A modal or a perfect's "have" between the subject and its verb: "Officials will fix 50", "Officials have said 50". */
const AUXILIARY = [...MODALS, ...HAVE_FORMS].join("|");

/** "Officials said (that) 50", "Officials (will) fix 50" before the part: the subject's head word and its verb. */
const SUBJECT_VERB = new RegExp(`(\\p{L}+)\\s+(?:(?:${AUXILIARY})\\s+)?(\\p{L}+)\\s+(?:that\\s+)?$`, "u");

/** "Officials said (that) " before the pronoun subject of the part's verb: the speaker's head word and the verb of saying. */
const SPEAKER = /(\p{L}+)\s+(\p{L}+)\s+(?:that\s+)?$/u;

/** Pronouns that stand for the speaker as the part's verb's subject: "Officials said they would fix 50 of them". */
const SPEAKER_PRONOUNS = new Set(["they", "we"]);

/** The part's "of them" after its number. */
const OF_THEM = /^\s+of\s+them\b/i;

/**
 * Speakers who tell how many "of them" of others: those who count others for a living. Any other speaker may be of the
 * counted ("The airline cancelled 120 flights. Stranded passengers said 40 of them had slept at the airport": the
 * passengers, not '40 — flights'; "Nurses said 40 of them had been assaulted").
 */
const REPORTERS = new Set(
  "officials police officers detectives investigators prosecutors authorities analysts experts scientists researchers bosses managers executives leaders organisers organizers inspectors engineers rescuers regulators ministers spokesmen sources doctors medics surgeons".split(" "),
);

/** Whether a word can be the verb between the plural and the part: not a preposition, conjunction or determiner. */
const verbLike = (w: string): boolean => !PREPOSITIONS.has(w) && !CONJUNCTIONS.has(w) && !DETERMINERS.has(w);

/**
 * The label and kind of a part "K of them" right after its labelling plural's verb ("Officials said 50 of them") when
 * the sentence before counts a larger whole of another noun: that noun in place of the plural's, else undefined; a
 * label "" when the part is the object of a verb the plural (or "they" for it) is the subject of and no whole was
 * counted: the part names nothing, no figure.
 */
export function themSubject(text: string, r: Raw, previous: readonly Raw[]): { label: string; kind: FigureKind } | undefined {
  if (r.label === "" || !OF_THEM.test(text.slice(r.to))) return undefined;
  const before = text.slice(0, r.from);
  const said = SUBJECT_VERB.exec(before);
  let head = said?.[1]?.toLowerCase();
  const verb = said?.[2]?.toLowerCase() ?? "";
  if (head === undefined || !verbLike(verb)) return undefined;
  // "Officials said they would fix 50 of them": the label is the speaker's, whom "they" stands for.
  const speaker = SPEAKER_PRONOUNS.has(head) ? SPEAKER.exec(before.slice(0, said?.index)) : null;
  if (speaker !== null && CLAUSE_VERBS.has(speaker[2]!.toLowerCase())) head = speaker[1]!.toLowerCase();
  // An object of a verb the subject did ("fix 50 of them", "have three of them"), not the subject of a clause said
  // ("said 50 of them would"), nor the complement of a copula ("Women were 40 of them").
  const object = !CLAUSE_VERBS.has(verb) && !ATTRIBUTION_VERBS.has(verb) && !BE_FORMS.has(verb);
  if ((CLAUSE_VERBS.has(verb) || ATTRIBUTION_VERBS.has(verb)) && !REPORTERS.has(head)) return undefined;
  const words = r.label.split(" ");
  const at = words.indexOf(head);
  if (at < 0) return undefined;
  const whole = largerWhole(r.value, previous);
  if (whole?.noun === undefined) return object ? { label: "", kind: r.kind } : undefined;
  return { label: [whole.noun, ...words.slice(at + 1)].join(" "), kind: whole.kind };
}
