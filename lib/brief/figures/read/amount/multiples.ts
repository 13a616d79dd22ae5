import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DURATIONS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { qualifierBefore } from "#brief/figures/read/amount/read-core.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { deedAfter } from "#brief/figures/label/counts/deed-after.ts";
import { doneVerb, verbAt } from "#brief/figures/label/counts/times-done.ts";
import { FOLD_WORDS, foldLabel, foldNumberAt } from "#brief/figures/read/amount/fold-multiple.ts";

// Multiples said without digits: "a doubling in profit", "revenue nearly tripled", "was twice rebuffed". The gold
// types a growth multiple "other" (value 2, 3, 4) and a "twice" that counts an event a count of 2 "times …".

/**
 * The verb forms of a growth multiple ("double"/"triple" alone are adjectives far more often: "double murder"), and its
 * "-fold" words, read after a verb of rising or before a change noun (fold-multiple.ts).
 */
export const MULTIPLE_VERBS: ReadonlyMap<string, number> = new Map([
  ["doubled", 2], ["doubling", 2], ["tripled", 3], ["tripling", 3], ["trebled", 3], ["trebling", 3],
  ["quadrupled", 4], ["quadrupling", 4], ...FOLD_WORDS,
]);

/** What a team doubles in a match report ("doubled the lead"): a score, not a growth. */
const MATCH_OBJECTS = new Set(["lead", "advantage", "tally"]);

/** "doubled over", "doubling down", "doubled as a …", "doubled up": idioms, not growth. */
const IDIOM_AFTER = new Set(["over", "down", "up", "as", "back"]);

/**
 * The multiple starting at token i, or undefined: a growth verb or "twice"/"thrice" that counts what happened; a
 * hyphened "-fold" multiple that says no growth ("had become two-fold") is no figure (`raw` undefined), as "twofold" is.
 */
export function readMultiple(toks: readonly Tok[], i: number): { raw?: Raw; next: number } | undefined {
  const t = toks[i];
  const numbered = foldNumberAt(toks, i);
  if (numbered !== undefined) {
    const read = growthMultiple(toks, i, numbered.value, numbered.last, true);
    // "ten fold" spaced may be a number and the verb "fold": only the hyphened word is surely a multiple.
    return read ?? (numbered.hyphened ? { next: numbered.last + 1 } : undefined);
  }
  if (!isWord(t)) return undefined;
  const growth = MULTIPLE_VERBS.get(t.l);
  if (growth !== undefined) return growthMultiple(toks, i, growth, i, FOLD_WORDS.has(t.l));
  if (t.l === "twice" || t.l === "thrice") return timesDone(toks, i, t.l === "twice" ? 2 : 3);
  return undefined;
}

/** The growth multiple whose word (or number) starts at `i` and ends at `last` ("12 - fold"); `fold` for a "-fold" one. */
function growthMultiple(toks: readonly Tok[], i: number, value: number, last: number, fold: boolean): { raw: Raw; next: number } | undefined {
  if (IDIOM_AFTER.has(toks[last + 1]?.l ?? "")) return undefined;
  const q = qualifierBefore(toks, i);
  const s = q?.start ?? i;
  // "but not doubling the risks", "hasn't doubled": a growth denied is no figure.
  const neg = toks[s - 1]?.l ?? "";
  if (neg === "not" || neg === "never" || neg.endsWith("n't")) return undefined;
  const after = toks[i + 1];
  const noun = isWord(toks[s - 1], "a") || isWord(toks[s - 1], "the");
  let label = "";
  if (fold) {
    // "has risen more than tenfold", "a fivefold rise in profits" (fold-multiple.ts).
    label = foldLabel(toks, last, s, noun);
    if (label === "") return undefined;
  } else if (noun) {
    // "a doubling in profit", "a tripling of sales": what grew follows the noun.
    if (isWord(after) && (after.l === "in" || after.l === "of")) label = npFrom(toks, i + 2, false);
  } else {
    // "has doubled its profits", "doubled the number of …": the object; "revenue nearly tripled": the subject.
    label = npFrom(toks, i + 1, true);
    if (label === "") {
      let k = s;
      while (k > 0 && isWord(toks[k - 1]) && AUXILIARIES.has(toks[k - 1]?.l ?? "")) k--;
      // "Prescriptions for anti-depressants have more than trebled": the head before "for", "of", "at" … grew.
      const np = backNP(toks, k);
      if (np !== undefined && toks[np[1] - 1]?.pos !== "PRON" && toks[np[1] - 1]?.pos !== "VERB") label = phrase(toks, np[0], np[1]);
    }
  }
  // "doubled their lead (just before halftime)", "doubled Napoli's advantage" is a second goal in a match report, not a
  // growth.
  if (label === "" || matchObject(toks, pastDeterminers(toks, last + 1))) return undefined;
  return { raw: multipleRaw(toks, s, last + 1, value, label, q?.text), next: last + 1 };
}

/** Words of a team's name before its lead: "the French champions' lead", "Real Madrid's lead", "the Italians lead". */
const OWNER_WORDS = 3;

/**
 * Whether the object from d is a match's lead: "lead" itself, or after a team named in up to three words, each
 * capitalised or an owner's ("Tigres' lead", "his side's lead"); "the lead output" (a noun after it) is no team's.
 * Only "the lead" and "Napoli's lead" were caught: 'doubled — Slovakian Hamsik' ("doubled the Italians lead", card
 * audit 11's "hell has doubled" led here) and 'doubled — Rafael Sobis' ("doubled Tigres' lead") were carded as growth.
 */
function matchObject(toks: readonly Tok[], d: number): boolean {
  for (let k = d, words = 0; words <= OWNER_WORDS; k++, words++) {
    // "Tigres' lead": the apostrophe after a plural is a token of its own.
    if (k > d && APOSTROPHES.has(toks[k]?.s ?? "") && isWord(toks[k - 1]) && toks[k - 1]!.l.endsWith("s")) k++;
    const w = toks[k];
    if (!isWord(w)) return false;
    // "the lead output": a noun after it makes "lead" a modifier, no match's; not a time ("Genoa's advantage minutes
    // later").
    if (MATCH_OBJECTS.has(w.l)) return !(isWord(toks[k + 1]) && toks[k + 1]!.pos === "NOUN" && !DURATIONS.has(toks[k + 1]!.l));
    if (!(isCapitalised(w) || /['’]s$/.test(w.s) || APOSTROPHES.has(toks[k + 1]?.s ?? ""))) return false;
  }
  return false;
}

const APOSTROPHES = new Set(["'", "’"]);

/** The noun phrase from k over determiners ("its profits", "the number of visitors"); an object must end in a noun. */
function npFrom(toks: readonly Tok[], k: number, object: boolean): string {
  let j = pastDeterminers(toks, k);
  if (object && j === k && toks[j]?.pos !== "NOUN") return "";
  if (isWord(toks[j], "number") && isWord(toks[j + 1], "of")) j += 2;
  const end = forwardNP(toks, j);
  if (end <= j || (object && toks[end - 1]?.pos !== "NOUN")) return "";
  return phrase(toks, j, Math.min(end, j + 3));
}

/** Qualifiers that are also a verb's particle ("run over", "turned around", "knocked about"). */
const PARTICLE_QUALIFIERS = new Set(["over", "under", "around", "about"]);

/** "was twice rebuffed", "has been arrested twice": an event counted, labelled "times" and its verb. */
function timesDone(toks: readonly Tok[], i: number, value: number): { raw: Raw; next: number } | undefined {
  // Only next to its verb: "twice as likely", "twice the size", "twice a day" compare or give a frequency.
  const next = toks[i + 1];
  let verb: Tok | undefined;
  let q: { start: number; text: string } | undefined;
  // Each tag read after the word tests: reading one tags the whole sentence (pos.ts tagWhenRead).
  if (next !== undefined && /(?:ed|en|wn|ne)$/.test(next.l) && next.pos === "VERB") verb = next;
  else if (next !== undefined && isWord(next) && doneVerb(next.l) && !next.l.endsWith("ing") && verbAt(toks, i + 1)) {
    // "twice came close", "twice lost in the final": what happened twice is the verb and its complement (deed-after.ts).
    // A past only ("after twice surviving cancer" keeps its verb alone); the word is tested before the tag is read.
    return { raw: { ...multipleRaw(toks, i, i + 1, value, `times ${deedAfter(toks, i + 1)}`, undefined), kind: "count", type: "count" }, next: i + 1 };
  } else {
    // After its verb, "twice" ends the clause: "scored twice.", "was arrested twice in a week".
    // "won twice this season", "scored twice last year": a period after it ends the clause too ("twice this size"
    // compares).
    const period = (next?.l === "this" || next?.l === "last") && DURATIONS.has(toks[i + 2]?.l ?? "");
    const ends = next === undefined || !isWord(next) || next.l === "in" || next.l === "on" || next.l === "since" || next.l === "before" || next.l === "and" || period;
    // "have won only twice in a year", "arrested just twice": a qualifier between the verb and the count is the
    // count's, as in "won only three times", so the verb is looked for before it (the form line was no number at all).
    // A preposition before it is the verb's particle, no qualifier: "run over twice" (not more than twice).
    q = ends && !PARTICLE_QUALIFIERS.has(toks[i - 1]?.l ?? "") ? qualifierBefore(toks, i) : undefined;
    const prev = toks[(q?.start ?? i) - 1];
    // "think twice" is caution, not a count.
    if (ends && prev !== undefined && !AUXILIARIES.has(prev.l) && !/^(?:think|thinks|thought|thinking)$/.test(prev.l) && prev.pos === "VERB") verb = prev;
  }
  if (verb === undefined) return undefined;
  return { raw: { ...multipleRaw(toks, q?.start ?? i, i + 1, value, `times ${verb.l}`, q?.text), kind: "count", type: "count" }, next: i + 1 };
}

function multipleRaw(toks: readonly Tok[], s: number, e: number, value: number, label: string, qualifier: string | undefined): Raw {
  // A multiple is a change, weighed with the percentage changes it stands for.
  const raw = wholeFigure(toks, s, e, { core: e - 1, value, label, kind: "percent", type: "other", whole: true });
  if (qualifier !== undefined) raw.qualifier = qualifier;
  return raw;
}
