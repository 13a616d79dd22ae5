import { CARDINAL_WORDS } from "#news/numbers.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { isPlural, phrase, plural } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { tagWhenRead } from "#brief/figures/language/pos.ts";
import { DETERMINERS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { atSentenceStart, isCapitalised, isWord, type Tok, tokenize } from "#brief/figures/language/tokens.ts";
import { namedGroup } from "#brief/figures/label/ellipsis/named-group.ts";

// "killing 12 people and injuring 70 others", "One witness told the paper … But two others told WCAU": "others" is
// elliptical for "other <noun>", the noun said just before, and the card showed the count as 'others' (card audits 8
// and 24; 24 cnndm-dev and dev-bbc card rows). The noun is the one a correlative singles out or counts: the last
// count with a noun of its own ("12 people", "Four members of the group"), "one"/"another" with its noun ("another man
// has died and two others", "one of the officers … while two others"), in the count's sentence before it, else, when
// the count opens its sentence ("But two others told"), in the sentence before, else the one before that. Nothing else stands for it: "a
// spokesman said two others were hurt" is no pair of spokesmen; "killing Mr Heenan and three others" and "Smardzija and
// five others" join the others to a name, and "three of his friends and six others", "killed two of the three soldiers
// and injured 12 others" or "13 men and women … 30 others" to a group no one noun names, so the label stays 'others'.

/** Whether a count is of the bare noun "others", labelled by it alone or with its verb ("others injured"). */
export const countsOthers = (r: Raw): boolean => r.currency === undefined && !r.percent && r.kind !== "measure" && r.noun === "others" && /^others(?: |$)/.test(r.label);

/** What "others" may stand for, at a character offset: a plural noun, or `undefined` for a group no noun names. */
interface Antecedent {
  at: number;
  noun: string | undefined;
}

/** "three of his friends", "one of their sons": a group set apart by its owner, which the others are not of. */
const OWNED_PART = /^\s+of\s+(\p{L}+)\b/u;

/** A part of an owner's group ("his friends"), which the others are outside of. */
function ownedPart(after: string): boolean {
  const owned = OWNED_PART.exec(after)?.[1]?.toLowerCase();
  return owned !== undefined && POSSESSIVES.has(owned);
}

/** "two of the three soldiers": the whole a part is taken of, said with its number. */
const COUNTED_WHOLE = /^\s+of\s+(?:the|these|those)\s+(\d[\d,]*|\p{L}+)/u;

/** "of the" right before a count: the count is a whole a part was taken of ("One of the three guards", "Of the six children"). */
const WHOLE_BEFORE = /\bof\s+(?:the|these|those)\s+$/i;

/** The number digits or a word say ("12", "three"), else undefined. */
function numberOf(w: string | undefined): number | undefined {
  if (w === undefined) return undefined;
  return /^\d/.test(w) ? Number(w.replace(/,/g, "")) : CARDINAL_WORDS.get(w.toLowerCase());
}

/**
 * Whether `others` more can be of the counted group `r` belongs to: "killed two of the three soldiers and injured 12
 * others" leaves one soldier, so the 12 are outside; "One of the three guards died and two others were hurt" and "Of the
 * six children, four say … while two others witnessed it" leave room for them in the whole.
 */
function fits(text: string, r: Raw, others: number): boolean {
  const whole = numberOf(COUNTED_WHOLE.exec(text.slice(r.to))?.[1]);
  if (whole !== undefined) return others <= whole - r.value;
  return !WHOLE_BEFORE.test(text.slice(0, r.from)) || others < r.value;
}

/** "13 men and women": a noun coordinated with another plural names only part of the group. */
const COORDINATED = /^\s+(?:and|or)\s+(\p{L}+)/u;

/**
 * A count's antecedent for `others` more: its own noun, unless a possessive part, a closed whole the others do not fit
 * in or a coordination makes the group one noun cannot name.
 */
function countAntecedent(text: string, r: Raw, others: number): Antecedent | undefined {
  const noun = r.noun;
  if (noun === undefined || r.currency !== undefined || r.percent || r.ordinal || r.kind === "measure" || r.kind === "rank") return undefined;
  if (r.type === "duration" || r.type === "year" || r.type === "date" || /^others?\b/.test(noun)) return undefined;
  if (ownedPart(text.slice(r.to)) || !fits(text, r, others)) return { at: r.from, noun: undefined };
  // "killing 9 men and women … injuring 14 others": a noun that is itself a pair or list (noun-pair.ts, noun-list.ts)
  // names a group no one noun names, as the coordination after it below does.
  if (/ (?:and|or) /.test(noun)) return { at: r.from, noun: undefined };
  const at = text.indexOf(noun, r.to);
  const joined = at < 0 ? undefined : COORDINATED.exec(text.slice(at + noun.length))?.[1];
  if (joined !== undefined && isPlural(joined.toLowerCase()) && !/(?:ing|ed)$/.test(joined)) return { at: r.from, noun: undefined };
  return { at: r.from, noun };
}

/**
 * "one witness", "another man", "one of the officers": the plural of the noun "one" or "another" at k singles out,
 * else "". A determiner before "one" ("the one", "no one", "every one") makes it a pronoun, no correlative; "one of his
 * sons" is a part of an owner's group the others are not of (undefined).
 */
function singledOut(text: string, toks: readonly Tok[], k: number): string | undefined {
  const t = toks[k]!;
  if (t.l !== "one" && t.l !== "another") return "";
  if (t.l === "one" && (DETERMINERS.has(toks[k - 1]?.l ?? "") || isWord(toks[k - 1], "no"))) return "";
  let from = k + 1;
  // "one of the officers": the whole it is one of, after its determiner.
  const of = t.l === "one" && isWord(toks[from], "of");
  if (of && ownedPart(text.slice(toks[k]!.end))) return undefined;
  if (of && DETERMINERS.has(toks[from + 1]?.l ?? "")) from += 2;
  // "one governing vision and learning": a participle after "one" says what the one does, no noun it is one of ("One
  // alleged victim": an adjective the tagger reads is a noun's).
  if (/(?:ing|ed)$/.test(toks[from]?.l ?? "") && toks[from]?.pos !== "ADJ") return "";
  let end = forwardNP(toks, from);
  // "one dusty doll dates back to 1902": one thing's noun is singular, so a plural word ends it (the tagger's noun
  // "dates" is the verb); after "one of the" it is the plural whole.
  if (!of) for (let j = from + 1; j < end; j++) if (isPlural(toks[j]!.l)) end = j;
  if (end <= from) return "";
  const words = phrase(toks, from, end).split(" ");
  const head = words.pop() ?? "";
  if (head === "" || !/^\p{L}/u.test(head)) return "";
  return [...words, plural(head)].join(" ");
}

/** The last antecedent "others" can have in a sentence before character `limit`. */
function lastAntecedent(text: string, raws: readonly Raw[], limit: number, others: number): Antecedent | undefined {
  let best: Antecedent | undefined;
  for (const r of raws) {
    if (r.from >= limit || (best !== undefined && r.from <= best.at)) continue;
    best = countAntecedent(text, r, others) ?? best;
  }
  // Only a sentence that says "one" or "another" is tokenized again.
  if (!/\b(?:one|another)\b/i.test(text.slice(0, limit))) return best;
  const toks = tokenize(text);
  tagWhenRead(text, toks);
  for (let k = toks.length - 1; k >= 0; k--) {
    const at = toks[k]!.start;
    if (at >= limit || (best !== undefined && at <= best.at)) continue;
    const noun = singledOut(text, toks, k);
    if (noun !== "") return { at, noun };
  }
  return best;
}

/** Words a count that opens its sentence may follow: "But two others told", "There are hundreds of others". */
const OPENING = /^(?:(?:but|and|yet|meanwhile|now|still|the|there|are|were|is|was)[\s,]+){0,2}$/i;

/** "Smardzija and five others", "him and 14 others": the others are joined to a name or a person, so they are people. */
function joinedToPerson(text: string, r: Raw): boolean {
  const toks = tokenize(text.slice(0, r.from));
  const k = toks.length - 1;
  if (!isWord(toks[k], "and") && !isWord(toks[k], "with")) return false;
  const t = toks[k - 1];
  return t !== undefined && (/^(?:him|her|them|himself|herself|me|us)$/.test(t.l) || (isCapitalised(t) && !atSentenceStart(toks, k - 1)));
}

/**
 * The label of a count of "others" with the noun it stands for in place of "others" ("people injured" for "injuring 70
 * others" after "killing 12 people", "other witnesses" for "two others told"), from `before` (the sentence's figures
 * before it) or, for a count that opens its sentence, the sentences before (`previous`, nearest first); undefined when
 * none names one.
 */
export function othersLabel(text: string, r: Raw, before: readonly Raw[], previous: readonly { text: string; raws: readonly Raw[] }[]): string | undefined {
  if (!countsOthers(r) || joinedToPerson(text, r)) return undefined;
  let found = lastAntecedent(text, before, r.from, r.value);
  // "Three people died in the crash. The driver fled. Seven others were hurt.": the sentences before, nearest first,
  // up to the first that names a group (PREVIOUS_REACH of them).
  if (OPENING.test(text.slice(0, r.from))) for (const p of previous) found ??= lastAntecedent(p.text, p.raws, p.text.length, r.value);
  // "murdering patients Tracey Arden, 44, … and poisoning 18 others": the people named before it (named-group.ts).
  if (found === undefined) {
    const named = namedGroup(text, r.from);
    if (named !== undefined) found = { at: 0, noun: named };
  }
  if (found?.noun === undefined) return undefined;
  // "two others told WCAU" after "One witness": two other witnesses, not two of three; a verb of its own already parts
  // them from the noun's own count ("12 people killed", "70 people injured").
  return r.label === "others" ? `other ${found.noun}` : found.noun + r.label.slice("others".length);
}

/**
 * Whether a label says its count is of others than a count of the same noun ("other members" beside "members"):
 * same-fact.ts keeps "Four members of the group were caught" and "Four other members … were arrested" as two facts.
 */
export const othersSet = (label: string): boolean => label.startsWith("other ");
