import { answerFrom } from "#brief/figures/label/change/poll-answer.ts";
import { CLAUSE_VERBS, PEOPLE, STANCE_VERBS } from "#brief/figures/language/lexicon.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "One in 20 admitted to driving home drunk", "six in ten said they would move": a ratio that names no group after its
// whole is the share of a group the story already named, and what that share did is what it counts. Labelled by the
// verb and its clause, as a poll share is by its answer (poll-answer.ts); without it the ratio had no label and was
// never a candidate (or took the verb alone for a noun: 'One in 20 — drove'), though highlights quote such ratios.

/** The verb after a ratio's whole at `e` and its clause ("admitted to driving home drunk"); "" when none is there. */
export function ratioDeed(toks: readonly Tok[], e: number): string {
  if (describedGroup(toks, e)) return "";
  return verbAt(toks, e) ? answerFrom(toks, e) : "";
}

/**
 * "one in five divorced people", "one in ten working mothers": a participle before a plural group or people describes
 * the group, no deed (the tagger calls it a verb, and the noun phrase reader then named nothing: the share had no
 * label).
 * A verb of saying or taking a side stays a deed ("one in five backed plans to …").
 */
export function describedGroup(toks: readonly Tok[], e: number): boolean {
  const t = toks[e];
  const group = toks[e + 1];
  if (!isWord(t) || !isWord(group) || CLAUSE_VERBS.has(t.l) || STANCE_VERBS.has(t.l)) return false;
  return /(?:ed|ing)$/.test(t.l) && group.pos === "NOUN" && (isPlural(group.l) || PEOPLE.has(group.l));
}

/**
 * Whether the word at e is a verb: tagged one, or a verb of saying, thinking or taking a side. The tagger takes a verb
 * right after a number for a noun ("One in 20 drove themselves home", "three in four say she cares"); a singular noun
 * before a pronoun or determiner opens a clause there, where a group's name is plural ("one in five boys").
 */
function verbAt(toks: readonly Tok[], e: number): boolean {
  const t = toks[e];
  if (!isWord(t)) return false;
  if (t.pos === "AUX" || CLAUSE_VERBS.has(t.l) || STANCE_VERBS.has(t.l)) return true;
  // "fewer than one in 10,000 consoles had …": a plural the tagger calls a verb is the group (a share's verb agrees
  // with the group in the plural, "six in ten say"; its singular "says", "is" are known above).
  if (t.pos === "VERB") return !/[^s]s$/.test(t.l);
  const next = toks[e + 1]?.pos;
  return t.pos === "NOUN" && !isPlural(t.l) && (next === "PRON" || next === "DET");
}
