import { CARDINAL_WORDS, SCALE_SUFFIXES, SCALE_WORDS } from "#news/numbers.ts";
import { ADVERBS, AUXILIARIES, CASUALTY_WORDS, CLAUSE_VERBS, CONJUNCTIONS, DETERMINERS, DOWN_VERBS, ED_ADJECTIVES, FOLD_VERBS, HEAD_JUMP, LY_WORDS, MONTHS, PREPOSITIONS, PRONOUNS, QUANTITY_NOUNS, UP_VERBS, VERBS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { pluralHeadAfterNoun } from "#brief/figures/language/compound-plural.ts";
import { describesNoun } from "#brief/figures/label/counts/adverb-adjective.ts";
import { adjacent, atSentenceStart, isCapitalised, isWord, NUM, pluralOwnerApostrophe, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { particleNoun } from "#brief/figures/language/particle-noun.ts";
import { hyphenModifier } from "#brief/figures/language/hyphen-modifier.ts";
import { opensCompoundPreposition } from "#brief/figures/language/compound-preposition.ts";
import { makerHead } from "#brief/figures/language/model-name.ts";
import { modelPart, namedModel } from "#brief/figures/language/model-number.ts";
import { placeEndsSubject } from "#brief/figures/language/place-subject.ts";

// Noun phrases around a number, read forwards and backwards: where a phrase stops, its head, what it is "of".

/** A pronoun and a contracted verb: "he's", "it's", "i'd", "they're", "we've" ("friends who'd drowned" runs on to its verb). */
const CONTRACTION = /^(?:i|you|he|she|it|we|they|that|there|what)'[a-z]{1,2}$/;

/** Whether the word at k continues a capitalised name: capitalised itself, after a capitalised word, mid-sentence. */
function nameWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  const before = toks[k - 1];
  return isCapitalised(t) && isWord(before) && isCapitalised(before) && !atSentenceStart(toks, k) && !/['’]s$/.test(before.s);
}

/** Adverbs of where that the tagger calls adjectives after a plural: "times online". */
const WHERE_ONLINE = new Set(["online", "offline"]);

export function nounStop(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind !== WORD) return true;
  const l = t.l;
  // "six A320neo planes", "the I-95 corridor": capitals with a model number glued on are a name, not the article or
  // pronoun they spell (model-number.ts).
  if (namedModel(toks, k)) return false;
  if (PREPOSITIONS.has(l) || CONJUNCTIONS.has(l) || DETERMINERS.has(l) || AUXILIARIES.has(l)) return true;
  // "US" is a country, "us" a pronoun.
  if (PRONOUNS.has(l) && !(t.s.length > 1 && t.s === t.s.toUpperCase())) return true;
  // "25 per cent of £6.3m", "down 5.4 per cent at $149.61": the unit of another number is no noun of the phrase.
  if ((l === "cent" && isWord(toks[k - 1], "per")) || (l === "percent" && toks[k - 1]?.kind === NUM)) return true;
  // "£3m of the £5m stolen": a scale glued to another amount's digits is that amount's, no noun; so is the time
  // under another amount's unit ("70 km/h").
  if (SCALE_SUFFIXES.has(l) && toks[k - 1]?.kind === NUM && adjacent(toks[k - 1], t)) return true;
  if (toks[k - 1]?.s === "/" && adjacent(toks[k - 1], t)) return true;
  // "three Six Nations titles": a capitalised number word before another capital, just after a count, is a word of a
  // name the count's noun opens with (read-rejected.ts leaves it no count), not a second number that ends it. Only
  // there: "into second place in the Top Ten Essentials list" keeps its cut name (figures-second-place.test.ts).
  const count = toks[k - 1]?.kind === NUM || (isWord(toks[k - 1]) && CARDINAL_WORDS.has(toks[k - 1]!.l));
  if (count && CARDINAL_WORDS.has(l) && isCapitalised(t) && isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!)) return false;
  // "he's 100 per cent behind me", "it's only $88", "I'd say": a pronoun with its verb contracted is no noun.
  if (CONTRACTION.test(l)) return true;
  // "four say they were beaten", "two told police that": a verb of saying before its clause, however the parse tags it.
  if (CLAUSE_VERBS.has(l) && (PRONOUNS.has(toks[k + 1]?.l ?? "") || isWord(toks[k + 1], "that"))) return true;
  // The parse decides open-class words: a verb or adverb ends a noun phrase, a noun or adjective continues it
  // whatever its suffix ("quarterly", "armed"); the word lists below decide only untagged tokens.
  // "20 clear cut chances": an adverb of the list before its noun describes it (adverb-adjective.ts).
  if (describesNoun(toks, k)) return false;
  // "viewed 500,000 times online", "more than 2.7 million views online": after a plural, "online"
  // says where, an adverb the tagger calls an adjective ('times online'); before a count's noun it describes it
  // ("3,000 online shoppers"): no plural stands before it there.
  if (WHERE_ONLINE.has(l) && /[^s]s$/.test(toks[k - 1]?.l ?? "")) return true;
  if (ADVERBS.has(l)) return true;
  if (t.pos === "VERB" && pluralHeadAfterNoun(toks, k)) return false;
  // "Menu: Cleopatra Lift £420": a capitalised word after a capitalised name's word, inside a sentence, is the name's
  // too, whatever the parse calls it; as a verb it cut the name ('£420 — Cleopatra', card audit 38, sample AF).
  if (t.pos === "VERB" && nameWord(toks, k)) return false;
  // "600 sit-ups": a hyphened verb and particle in the plural is a noun, however tagged (particle-noun.ts).
  if (t.pos === "VERB" && particleNoun(l)) return false;
  // "HD set-top units": a hyphened modifier the tagger calls a verb (hyphen-modifier.ts).
  if (t.pos === "VERB" && hyphenModifier(toks, k)) return false;
  if (t.pos === "VERB" || t.pos === "ADV" || t.pos === "AUX" || t.pos === "PART" || t.pos === "SCONJ" || t.pos === "INTJ") return true;
  if ((t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") && !CASUALTY_WORDS.has(l) && !FOLD_VERBS.has(l)) {
    return CARDINAL_WORDS.has(l) || SCALE_WORDS.has(l) || WEEKDAYS.has(l) || (MONTHS.has(l) && isCapitalised(t));
  }
  if (ADVERBS.has(l) || VERBS.has(l) || CASUALTY_WORDS.has(l) || FOLD_VERBS.has(l) || UP_VERBS.has(l) || DOWN_VERBS.has(l)) return true;
  if (WEEKDAYS.has(l) || MONTHS.has(l) && isCapitalised(t)) return true;
  if (l.endsWith("ly") && l.length > 4 && !LY_WORDS.has(l)) return true;
  if (CARDINAL_WORDS.has(l) || SCALE_WORDS.has(l)) return true;
  return false;
}

/** The last token of an amount: its digits ("$160,000") or its scale word ("$5 million", "£2bn"). */
const amountEnd = (t: Tok | undefined): boolean => t !== undefined && (t.kind === NUM || SCALE_WORDS.has(t.l) || SCALE_SUFFIXES.has(t.l));

/** The noun phrase starting at k: "police raids" in "128 police raids overnight". */
export function forwardNP(toks: readonly Tok[], k: number): number {
  let j = k;
  // A model number's tokens ("XR|480") are words of the name, not of the phrase's four (model-number.ts).
  let model = 0;
  while (j < toks.length && j - k - model < 4) {
    if (j > k && modelPart(toks, j)) {
      j++;
      model++;
      continue;
    }
    // "a Makita XR480 saw", "seized a £40,000 Rolex watch": the thing a maker's name names, a noun whatever the tagger
    // says ('saw', 'watch' were verbs).
    if (makerHead(toks, k, j)) {
      j++;
      break;
    }
    // "in pay rises": a first word the tagger calls a verb is a noun modifier when a noun follows it; so is a participle
    // that is an adjective ("86 confirmed cases", "3 registered guns").
    // "in fresh financial backing": a first word it calls an adverb is an adjective when a noun phrase follows,
    // unless it is a known adverb or reads as one ("-ly").
    const t = toks[j];
    const next = toks[j + 1]?.pos;
    // "to the devastated family": after a determiner, a participle before a noun describes it; so it does after an
    // amount's "in" ("nearly $160,000 in itemized deductions", "$5m in frozen assets": what the money is counted in).
    const described = t !== undefined && t.l.endsWith("ed") && (DETERMINERS.has(toks[k - 1]?.l ?? "") || (isWord(toks[k - 1], "in") && amountEnd(toks[k - 2])));
    const modifier =
      j === k &&
      t !== undefined &&
      ((t.pos === "VERB" && next === "NOUN" && (!/(?:ed|ing)$/.test(t.l) || ED_ADJECTIVES.has(t.l) || described)) || (t.pos === "ADV" && (next === "NOUN" || next === "ADJ") && !ADVERBS.has(t.l) && !t.l.endsWith("ly") && !nounStop(toks, j + 1)));
    const l = toks[j]?.l ?? "";
    // "of continuous shushing", "heavy drinking": an "-ing" word after an adjective of the phrase, with no noun after
    // it, is a gerund, its head, whatever the parse calls it ("regional shopping centers" runs on as before).
    if (j > k && toks[j - 1]?.pos === "ADJ" && l.endsWith("ing") && l.length > 5 && !ADVERBS.has(l) && toks[j]?.kind === WORD && nounStop(toks, j + 1)) {
      j++;
      break;
    }
    if (nounStop(toks, j) && !modifier) break;
    // "five months due to calf issues", "fell 3% due to weak demand": a compound preposition ends the phrase, or
    // opens none (compound-preposition.ts).
    if (opensCompoundPreposition(toks, j)) break;
    // "-ed" ends a phrase as a participle, unless the parse calls it a noun ("speed", "seed", "shed") or an
    // adjective before a noun ("fortified blended food").
    const adjective = toks[j]?.pos === "NOUN" || (toks[j]?.pos === "ADJ" && toks[j + 1]?.pos === "NOUN");
    if (l.endsWith("ed") && !adjective && !ED_ADJECTIVES.has(l) && !(j === k && !nounStop(toks, j + 1) && !(toks[j + 1]?.l ?? "").endsWith("ed"))) break;
    // "people using phones" ends before the participle; "financial backing" ends on it, a noun by the parse.
    if (l.endsWith("ing") && !(toks[j]?.pos === "NOUN" && j > k) && (nounStop(toks, j + 1) || (toks[j + 1]?.l ?? "").endsWith("ed"))) break;
    j++;
  }
  return j;
}

/**
 * Where a noun phrase k..end ends once an owner's noun runs on to what it owns: "the industry's most important
 * positions" is one phrase, not "industry's" (forwardNP stops at "most"); `end` itself when it ends on no possessive or
 * nothing follows it.
 */
export function pastOwner(toks: readonly Tok[], k: number, end: number): number {
  // "2% of the growers' total sales": a plural owner's apostrophe is a token of its own; what it owns runs on after it.
  if (end > k && pluralOwnerApostrophe(toks, end)) {
    const owned = forwardNP(toks, end + 1);
    return owned > end + 1 ? owned : end;
  }
  if (end <= k || !/['’]s$|s['’]$/.test(toks[end - 1]?.s ?? "")) return end;
  // "33 per cent of the carrier's 1,526 scheduled flights": over the whole's number, which phrase() leaves out, and a
  // participle after it that the tagger calls a verb.
  if (toks[end]?.kind !== NUM) return Math.max(end, forwardNP(toks, end));
  const from = isWord(toks[end + 1]) && toks[end + 1]!.l.endsWith("ed") ? end + 2 : end + 1;
  const after = forwardNP(toks, from);
  return after > from ? after : end;
}

/** Heads that only tally what follows their "of". */
const TALLY_HEADS = new Set(["number", "total", "tally"]);

/**
 * Heads that measure what their "of" names ("the rate of inflation fell to 2.3%", "doubled the length of maternity
 * pay"): the label keeps both, as 'rate' or 'length' alone says nothing (the 38th sweep's 'head noun cut before of').
 */
const MEASURE_OF = new Set(["rate", "rates", "level", "levels", "length", "value", "size", "proportion", "percentage", "rest"]);

/** How many words such a phrase may run to: "rate of inflation", "the length of maternity pay". */
const MEASURE_OF_WORDS = 5;

/** The noun phrase ending before k, read backwards; "X at/of/for Y" gives X, the head, unless X only tallies Y. */
export function backNP(toks: readonly Tok[], k: number, jump = true): [number, number] | undefined {
  // "exports - including goods and services - rose": step over the aside to reach the subject.
  const close = toks[k - 1]?.s;
  if (jump && (close === ")" || close === "-" || close === "–" || close === "—")) {
    const open = close === ")" ? "(" : close;
    for (let o = k - 2; o >= 0 && k - o < 16; o--) {
      if (toks[o]?.s === open) return backNP(toks, o, false);
    }
  }
  let j = k - 1;
  while (j >= 0 && k - 1 - j < 6) {
    const t = toks[j];
    const before = toks[j - 1];
    // "its store of frozen meat", "a stock of smoked fish": a participle between "of" and the noun it describes is
    // part of the phrase, however the parse tags it (the phrase was 'meat').
    const described = t !== undefined && j < k - 1 && isWord(before, "of") && t.pos === "VERB" && /(?:ed|en)$/.test(t.l);
    if (t === undefined || (nounStop(toks, j) && !described)) break;
    if (t.l.endsWith("ed") && t.pos !== "NOUN" && !ED_ADJECTIVES.has(t.l) && !(before && DETERMINERS.has(before.l)) && !described) break;
    if (t.l.endsWith("ing") && before && (AUXILIARIES.has(before.l) || PRONOUNS.has(before.l) || (isCapitalised(before) && !before.l.endsWith("'s") && !atSentenceStart(toks, j - 1)))) break;
    j--;
  }
  const start = j + 1;
  if (start >= k) return undefined;
  // "earnings in the fourth quarter were": over the determiner to the preposition, and the head is before it.
  const det = toks[j] !== undefined && DETERMINERS.has(toks[j]?.l ?? "") && toks[j]?.kind === WORD ? 1 : 0;
  const boundary = toks[j - det];
  if (jump && boundary && boundary.kind === WORD && HEAD_JUMP.has(boundary.l)) {
    const found = backNP(toks, j - det, false);
    // "Visitors from overseas rose to a high of": the word after a subject's place adverb is its verb, though tagged a
    // noun, and no head of the phrase after "to" (place-subject.ts).
    const head = found && found[1] - found[0] === 1 && placeEndsSubject(toks, found[0]) ? undefined : found;
    // "the number of anti-Semitic attacks rose to 164": a tally names nothing; what it tallies does.
    if (head && boundary.l === "of" && TALLY_HEADS.has(toks[head[1] - 1]?.l ?? "")) return [Math.max(start, k - 4), k];
    // "the rate of inflation", "the length of maternity pay": a measure names nothing without what it measures.
    if (head && boundary.l === "of" && MEASURE_OF.has(toks[head[1] - 1]?.l ?? "") && k - head[0] <= MEASURE_OF_WORDS) return [head[0], k];
    if (head) return head;
  }
  return [Math.max(start, k - 4), k];
}

/** "a total of", "an average of": words before "of" that say how an amount is given, not what it measures. */
const AMOUNT_WORDS = new Set(["total", "sum", "amount", "figure", "tally", "maximum", "minimum", "average", "excess", "more", "less", "one", "some", "matter", "space"]);

/**
 * The noun phrase an amount at s is "of" ("lengths of 6 meters", "winds of 120 km per hour"), else "": over a range's
 * "between", which stands between the "of" and the amount ("a depth of between 40 and 50 metres" → depth).
 */
export function nounOf(toks: readonly Tok[], s: number): string {
  const of = isWord(toks[s - 1], "between") ? s - 2 : s - 1;
  if (!isWord(toks[of], "of")) return "";
  const np = backNP(toks, of, false);
  return np && !AMOUNT_WORDS.has(toks[np[1] - 1]?.l ?? "") ? phrase(toks, np[0], np[1]) : "";
}

export function nounStopForObject(toks: readonly Tok[], k: number): boolean {
  const l = toks[k]?.l ?? "";
  return CONJUNCTIONS.has(l) || AUXILIARIES.has(l) || ADVERBS.has(l);
}

/** The first token from k that is not a determiner word ("the", "its", …): where the noun phrase after them starts. */
export function pastDeterminers(toks: readonly Tok[], k: number): number {
  while (isWord(toks[k]) && DETERMINERS.has(toks[k]!.l)) k++;
  return k;
}

/**
 * The noun phrase from k to end, or, when it only says how much ("the number of phishing e-mails", "the amount of
 * debt"), the phrase after its "of": what a change in it is a change in.
 */
export function pastQuantity(toks: readonly Tok[], k: number, end: number): [number, number] {
  if (end - k !== 1 || !QUANTITY_NOUNS.has(toks[k]?.l ?? "") || !isWord(toks[end], "of")) return [k, end];
  const from = pastDeterminers(toks, end + 1);
  // "phishing e-mail messages": a gerund the parse calls a verb still modifies the noun after it.
  const to = isWord(toks[from]) && toks[from]!.l.endsWith("ing") && toks[from]!.pos === "VERB" ? forwardNP(toks, from + 1) : forwardNP(toks, from);
  return to > from ? [from, to] : [k, end];
}
