import type { FigureKind, Raw } from "#brief/figures/card/figure.ts";
import { largerWhole } from "#brief/figures/label/ellipsis/larger-whole.ts";
import { ATTRIBUTION_VERBS, CLAUSE_VERBS, CONJUNCTIONS, DETERMINERS, HAVE_FORMS, MODALS, PREPOSITIONS } from "#brief/figures/language/lexicon.ts";

// "The council found 80 broken street lights. Officials said 50 of them would be fixed": "them" stands for the lights
// the sentence before counted, but the one plural before it in its own sentence is the speaker's, and
// them-antecedent.ts named the part by it ('50 — officials'; "Police arrested 12 men. Officers said five of them had
// been charged" read 'five — officers charged'). The subject of the verb the part stands after is no antecedent: of its
// own verb never ("Officials fixed 50 of them": a clause's subject is not its object's "them"), and of a verb of saying
// seldom (people who say how many "of them" speak of others). When the sentence before counted a larger whole of
// something, the part is of that ('50 — broken street lights', 'five — men charged', what them-state.ts added kept).

/** A modal or a perfect's "have" between the subject and its verb: "Officials will fix 50", "Officials have said 50". */
const AUXILIARY = [...MODALS, ...HAVE_FORMS].join("|");

/** "Officials said (that) 50", "Officials (will) fix 50" before the part: the subject's head word and its verb. */
const SUBJECT_VERB = new RegExp(`(\\p{L}+)\\s+(?:(?:${AUXILIARY})\\s+)?(\\p{L}+)\\s+(?:that\\s+)?$`, "u");

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
 * the sentence before counts a larger whole of another noun: that noun in place of the plural's, else undefined.
 */
export function themSubject(text: string, r: Raw, previous: readonly Raw[]): { label: string; kind: FigureKind } | undefined {
  if (r.label === "" || !OF_THEM.test(text.slice(r.to))) return undefined;
  const said = SUBJECT_VERB.exec(text.slice(0, r.from));
  const head = said?.[1]?.toLowerCase();
  const verb = said?.[2]?.toLowerCase() ?? "";
  if (head === undefined || !verbLike(verb)) return undefined;
  if ((CLAUSE_VERBS.has(verb) || ATTRIBUTION_VERBS.has(verb)) && !REPORTERS.has(head)) return undefined;
  const words = r.label.split(" ");
  const at = words.indexOf(head);
  if (at < 0) return undefined;
  const whole = largerWhole(r.value, previous);
  if (whole?.noun === undefined) return undefined;
  return { label: [whole.noun, ...words.slice(at + 1)].join(" "), kind: whole.kind };
}
