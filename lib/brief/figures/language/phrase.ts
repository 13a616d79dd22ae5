import { CARDINAL_WORDS, SCALE_SUFFIXES, SCALE_WORDS } from "#news/numbers.ts";
import { ADVERBS, AUXILIARIES, RAISING, CASUALTY_WORDS, CLAUSE_VERBS, CONJUNCTIONS, DETERMINERS, DOWN_VERBS, ED_ADJECTIVES, FOLD_VERBS, GLUED_UNITS, HEAD_JUMP, LINK_WORDS, LY_WORDS, MEASURE_NOUNS, MONTHS, PREPOSITIONS, PRONOUNS, QUANTITY_NOUNS, UP_VERBS, VERBS, WEEKDAYS, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { pluralHeadAfterNoun } from "#brief/figures/language/compound-plural.ts";
import { describesNoun } from "#brief/figures/label/counts/adverb-adjective.ts";
import { changeBeforeTime, timePointEnd } from "#brief/figures/language/time-adverbial.ts";
import { adjacent, atSentenceStart, CUR, isCapitalised, isWord, NUM, type Tok, upDown, WORD } from "#brief/figures/language/tokens.ts";

// Noun phrases, subjects and change verbs around a number: the pieces labels are made of.

/** A pronoun and a contracted verb: "he's", "it's", "i'd", "they're", "we've" ("friends who'd drowned" runs on to its verb). */
const CONTRACTION = /^(?:i|you|he|she|it|we|they|that|there|what)'[a-z]{1,2}$/;

function nounStop(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind !== WORD) return true;
  const l = t.l;
  if (PREPOSITIONS.has(l) || CONJUNCTIONS.has(l) || DETERMINERS.has(l) || AUXILIARIES.has(l)) return true;
  // "US" is a country, "us" a pronoun.
  if (PRONOUNS.has(l) && !(t.s.length > 1 && t.s === t.s.toUpperCase())) return true;
  // "25 per cent of £6.3m", "down 5.4 per cent at $149.61": the unit of another number is no noun of the phrase.
  if ((l === "cent" && isWord(toks[k - 1], "per")) || (l === "percent" && toks[k - 1]?.kind === NUM)) return true;
  // "£3m of the £5m stolen": a scale glued to another amount's digits is that amount's, no noun; so is the time
  // under another amount's unit ("70 km/h").
  if (SCALE_SUFFIXES.has(l) && toks[k - 1]?.kind === NUM && adjacent(toks[k - 1], t)) return true;
  if (toks[k - 1]?.s === "/" && adjacent(toks[k - 1], t)) return true;
  // "he's 100 per cent behind me", "it's only $88", "I'd say": a pronoun with its verb contracted is no noun.
  if (CONTRACTION.test(l)) return true;
  // "four say they were beaten", "two told police that": a verb of saying before its clause, however the parse tags it.
  if (CLAUSE_VERBS.has(l) && (PRONOUNS.has(toks[k + 1]?.l ?? "") || isWord(toks[k + 1], "that"))) return true;
  // The parse decides open-class words: a verb or adverb ends a noun phrase, a noun or adjective continues it
  // whatever its suffix ("quarterly", "armed"); the word lists below decide only untagged tokens.
  // "20 clear cut chances": an adverb of the list before its noun describes it (adverb-adjective.ts).
  if (describesNoun(toks, k)) return false;
  if (ADVERBS.has(l)) return true;
  if (t.pos === "VERB" && pluralHeadAfterNoun(toks, k)) return false;
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
  while (j < toks.length && j - k < 4) {
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
    if (t === undefined || nounStop(toks, j)) break;
    const before = toks[j - 1];
    if (t.l.endsWith("ed") && t.pos !== "NOUN" && !ED_ADJECTIVES.has(t.l) && !(before && DETERMINERS.has(before.l))) break;
    if (t.l.endsWith("ing") && before && (AUXILIARIES.has(before.l) || PRONOUNS.has(before.l) || (isCapitalised(before) && !before.l.endsWith("'s") && !atSentenceStart(toks, j - 1)))) break;
    j--;
  }
  const start = j + 1;
  if (start >= k) return undefined;
  // "earnings in the fourth quarter were": over the determiner to the preposition, and the head is before it.
  const det = toks[j] !== undefined && DETERMINERS.has(toks[j]?.l ?? "") && toks[j]?.kind === WORD ? 1 : 0;
  const boundary = toks[j - det];
  if (jump && boundary && boundary.kind === WORD && HEAD_JUMP.has(boundary.l)) {
    const head = backNP(toks, j - det, false);
    // "the number of anti-Semitic attacks rose to 164": a tally names nothing; what it tallies does.
    if (head && boundary.l === "of" && TALLY_HEADS.has(toks[head[1] - 1]?.l ?? "")) return [Math.max(start, k - 4), k];
    if (head) return head;
  }
  return [Math.max(start, k - 4), k];
}

/**
 * "Joe Root's 182": a sentence's first word before another capitalised word is the first of a name, whose capital it
 * keeps ("joe Root's" was a label, card-audit-20.md), unless it is a word of the closed classes ("The BBC", "In London").
 */
function nameRun(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  const l = toks[k]!.l;
  return next !== undefined && isCapitalised(next) && !DETERMINERS.has(l) && !PREPOSITIONS.has(l) && !PRONOUNS.has(l) && !CONJUNCTIONS.has(l) && !AUXILIARIES.has(l);
}

function word(toks: readonly Tok[], k: number): string {
  const t = toks[k];
  if (t === undefined) return "";
  // Capitals inside a sentence mark proper nouns and acronyms; the sentence's first word is lowercased.
  if (isCapitalised(t) && (!atSentenceStart(toks, k) || (t.s.length > 1 && t.s === t.s.toUpperCase()) || nameRun(toks, k))) return t.s;
  return t.l;
}

export function phrase(toks: readonly Tok[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t === undefined || t.kind !== WORD) continue;
    out.push(word(toks, k));
  }
  return out.join(" ");
}

export function plural(w: string): string {
  // "four-and-a-half-days", "23-hours": a unit already in the plural stays as it is ("days", not "dayses").
  // "six-pointers", "eight-times", "two-pieces": a noun already in the plural stays so ("bus", "class" do not end a plural).
  if (/[^su]s$/.test(w) && !w.endsWith("is")) return w;
  if (w === "person") return "people";
  if (w === "foot" || w === "feet") return "feet";
  // "ft", "km", "mph": an abbreviated unit has no plural.
  if (GLUED_UNITS.has(w)) return w;
  // "17 stone": a weight in stones is said in the singular.
  if (w === "stone") return w;
  if (w.endsWith("man")) return `${w.slice(0, -3)}men`;
  if (w === "child") return "children";
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** "a total of", "an average of": words before "of" that say how an amount is given, not what it measures. */
const AMOUNT_WORDS = new Set(["total", "sum", "amount", "figure", "tally", "maximum", "minimum", "average", "excess", "more", "less", "one", "some", "matter", "space"]);

/** The noun phrase an amount at s is "of" ("lengths of 6 meters", "winds of 120 km per hour"), else "". */
export function nounOf(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s - 1], "of")) return "";
  const np = backNP(toks, s - 1, false);
  return np && !AMOUNT_WORDS.has(toks[np[1] - 1]?.l ?? "") ? phrase(toks, np[0], np[1]) : "";
}

/**
 * Plurals with no "s": "yachtsmen", "firemen", "women", "children", "teeth" ("specimen", "abdomen", "Yemen", "semen"
 * are singular: a "-men" plural is a noun ending in a consonant, or in "e" after three letters, "fire", "police", "line").
 */
const IRREGULAR_PLURAL = /^(?:.+[^aeiouy]men|.{3,}emen|women|(?:grand)?children|teeth|geese|mice|oxen|feet|people|alumni|bacteria)$/;

/** A noun in the plural, said with an "s" or without one ("15 yachtsmen" counts as "15 sailors" does). */
export function isPlural(w: string): boolean {
  return w.endsWith("s") || IRREGULAR_PLURAL.test(w);
}

/** Subject of the verb at v, over auxiliaries: "laptops" in "lost laptops has leapt". */
export function verbSubject(toks: readonly Tok[], v: number): [number, number] | undefined {
  let k = v;
  // "the market is likely to grow", "sales are expected to rise": over the raising phrase to its subject.
  if (isWord(toks[k - 1], "to") && RAISING.has(toks[k - 2]?.l ?? "")) k -= 2;
  // Over auxiliaries and adverbs: "revenue has nearly tripled".
  while (k > 0 && toks[k - 1]?.kind === WORD && (AUXILIARIES.has(toks[k - 1]?.l ?? "") || toks[k - 1]?.pos === "ADV")) k--;
  // "the services sector, which accounts for nearly three-quarters of the economy, grew 1.0%": over the relative
  // clause between commas to the noun it describes.
  if (toks[k - 1]?.s === ",") {
    for (let o = k - 3; o > 0 && k - o <= RELATIVE_REACH; o--) {
      if (toks[o]?.s === "," || toks[o]?.s === ";") {
        // "Shares in Solidere, the Lebanese company founded by …, fell 15%": over an appositive too, to the noun it renames.
        // ("Adjusted for seasonal changes, the overall rate is 11.7%, up 0.3 points": an aside with a verb of its own is a clause.)
        const clause = toks.slice(o + 1, k - 1).some((t) => t.pos === "AUX");
        const appositive = (isWord(toks[o + 1], "the") || isWord(toks[o + 1], "a")) && (toks[o - 1]?.pos === "NOUN" || toks[o - 1]?.pos === "PROPN") && !clause;
        // "Reliance Energy, headed by Anil, jumped 7%": a participle with its agent opens a reduced relative, as "which" does.
        const reduced = toks[o + 1]?.pos === "VERB" && isWord(toks[o + 2], "by");
        if (isWord(toks[o + 1], "which") || isWord(toks[o + 1], "who") || appositive || reduced) return backNP(toks, o);
        break;
      }
    }
  }
  // "Sales last year rose to £30m": what rose, not the year.
  const np = backNP(toks, k);
  return np && overTimePoint(toks, np);
}

/** np, or the noun phrase before a time point that closes it: "The death toll this week" → "The death toll". */
function overTimePoint(toks: readonly Tok[], np: [number, number]): [number, number] {
  const point = timePointEnd(toks, np);
  return point === undefined ? np : (backNP(toks, point) ?? np);
}

/** How long a relative clause between commas may be for a verb to reach back over it to its subject. */
const RELATIVE_REACH = 25;

/**
 * Where a change's amount starts once its article and describing words are counted in: "rose by a strong 0.7%", "grew
 * by a record 13.3%", "fell by a massive 40%" read as "rose by 0.7%"; `s` itself when no "a"/"an" and adjective stand
 * right before it.
 */
export function pastDescribed(toks: readonly Tok[], s: number): number {
  let k = s;
  while (s - k < 2 && isWord(toks[k - 1]) && (toks[k - 1]?.pos === "ADJ" || toks[k - 1]?.l === "record")) k--;
  return k < s && (isWord(toks[k - 1], "a") || isWord(toks[k - 1], "an")) ? k - 1 : s;
}

/** Whether the word at j is one pastDescribed steps over: an adjective between "a"/"an" and an amount ("an astonishing 286"). */
function describesAmount(toks: readonly Tok[], j: number): boolean {
  let n = j + 1;
  while (n - j < 2 && isWord(toks[n]) && toks[n]?.pos === "ADJ") n++;
  const amount = toks[n]?.kind === NUM || toks[n]?.kind === CUR;
  return amount && pastDescribed(toks, n) <= j;
}

/** The rising or falling verb before a percentage: "fell 5%", "fell by 5%", "increasing its dividend by 26%"; -1 if none. */
export function changeVerb(toks: readonly Tok[], at: number): number {
  const s = pastDescribed(toks, at);
  let v = s - 1;
  if (isWord(toks[v], "by")) v--;
  if (upDown(toks[v])) return v;
  if (isWord(toks[s - 1], "by")) {
    const object = backNP(toks, s - 1, false);
    if (object) {
      let w = object[0] - 1;
      while (w >= 0 && DETERMINERS.has(toks[w]?.l ?? "")) w--;
      if (upDown(toks[w])) return w;
    }
  }
  return -1;
}

/** What a change at the percentage starting at s is about: the object before "by", else the verb's subject. */
export function changeTopic(toks: readonly Tok[], at: number, v: number): [number, number] | undefined {
  const s = pastDescribed(toks, at);
  if (isWord(toks[s - 1], "by")) {
    const object = backNP(toks, s - 1, false);
    if (object) return object;
  }
  // "sales of trench coats shot up 10 per cent", "went down 5%": "up" or "down" after a verb is its particle, and the
  // subject is the verb's.
  const particle = (isWord(toks[v], "up") || isWord(toks[v], "down")) && PARTICLE_VERBS.has(toks[v - 1]?.l ?? "");
  return verbSubject(toks, particle ? v - 1 : v);
}

/** Verbs that move an amount with "up" or "down" after them ("shot up", "went down", "edged up"); the parse may call them nouns. */
const PARTICLE_VERBS = new Set(["shot", "shoots", "shooting", "went", "go", "goes", "gone", "going", "came", "come", "comes", "coming", "edged", "edges", "ticked", "ticks", "crept", "creeps", "moved", "moves", "inched", "inches"]);

/** Prepositions of a year said of a subject: "requirements for 2005", "profits in 2004". */
const YEAR_OF = new Set(["for", "in", "during", "of"]);
/** Copulas that set a subject's amount: "requirements for 2005 to be", "profits in 2004 were". */
const COPULA = new Set(["be", "is", "are", "was", "were"]);

// "record" before these is the noun an amount is; anywhere else before a number it is a modifier.
const RECORD_NOUN_AFTER = new Set(["is", "was", "were", "are", "stands", "stood", "remains", "remained", "of"]);

/**
 * Subject of the verb or link chain before k: "death toll" in "the death toll rose to 300". "record" is skipped as
 * a modifier ("a record 13.3%", "a record low of 3.24 million", "extended the Gunners' record to 16 wins", where the
 * count's own noun names it) except before a copula or "of", where it is the noun the amount is ("The current Hour
 * record is 52.491km", "a world record of 4.91m").
 */
export function subjectBefore(toks: readonly Tok[], k: number): string {
  let j = k;
  let links = 0;
  while (j > 0 && links < 3) {
    const t = toks[j - 1];
    // "requirements for 2005 to be 387,500 tonnes", "profits in 2004 were": a year said of the subject is no break in it.
    // Only before a copula: "from 77 per cent in 2009 to 72 per cent" names no subject.
    const copula = toks.slice(j, k).some((x) => COPULA.has(x.l));
    if (t !== undefined && t.kind === NUM && copula && YEAR_DIGITS.test(t.s) && isWord(toks[j - 2]) && YEAR_OF.has(toks[j - 2]?.l ?? "") && toks[j - 3]?.pos === "NOUN") {
      j -= 2;
      continue;
    }
    if (!t || t.kind !== WORD) break;
    // "Output fell 12km to 9 km": the unit of an amount before ends the search as a bare number does.
    if (amountUnit(toks, j - 1)) return "";
    // An adjective between the link words is skipped ("is very high at"), but one before "of" is the noun the amount
    // is: "a personal best of 6.50m".
    if (LINK_WORDS.has(t.l) || UP_VERBS.has(t.l) || DOWN_VERBS.has(t.l) || AUXILIARIES.has(t.l) || ADVERBS.has(t.l) || t.l === "by" || t.l === "a" || t.l === "an" || t.l === "the" || (t.l === "record" && !RECORD_NOUN_AFTER.has(toks[j]?.l ?? "")) || (t.pos === "ADJ" && links > 0 && !ofHead(toks, j - 1))) {
      j--;
      links++;
      continue;
    }
    break;
  }
  if (j === k) return "";
  // "the minimum monthly salary, which is currently $94": the clause's subject is what "which" stands for. A thing
  // "which cost £299" keeps "cost", which says more of the amount than the thing it priced.
  // A bare count stays unnamed: "The bill, which is 35 on the list" is a place, not 35 bills.
  if (isWord(toks[j - 1], "which") && toks[j - 2]?.s === "," && withUnit(toks, k) && !toks.slice(j, k).some((t) => t.l.startsWith("cost"))) j -= 2;
  // "in recovering the $2.6m": a participle before the amount is its verb, not its subject.
  const v = toks[j - 1];
  if (v && v.kind === WORD && (v.l.endsWith("ing") || (v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l)))) return "";
  let np = backNP(toks, j);
  if (!np) return "";
  // "The death toll this week climbed to 30": what climbed, not the week (time-adverbial.ts).
  np = overTimePoint(toks, np);
  // "rose for the second consecutive year to 21 million": what rose, not the year.
  const change = changeBeforeTime(toks, np);
  const subject = change === undefined ? np : verbSubject(toks, change);
  return subject ? phrase(toks, subject[0], subject[1]) : "";
}

/**
 * Whether the adjective at a, before "of", is the noun an amount is ("a personal best of 6.50m", "a season's best of"):
 * after a determiner, an owner or another adjective, and no quantifier ("most of the £24million", "short of the 87.1").
 */
function ofHead(toks: readonly Tok[], a: number): boolean {
  const before = toks[a - 1];
  if (!isWord(toks[a + 1], "of") || QUANTIFIERS.has(toks[a]?.l ?? "") || !isWord(before)) return false;
  return DETERMINERS.has(before.l) || before.l.endsWith("'s") || before.pos === "ADJ";
}

/** Adjectives that take a part of what follows "of", never the noun an amount is. */
const QUANTIFIERS = new Set(["most", "all", "much", "many", "some", "half", "rest", "none", "few", "several", "part", "short", "full", "worth", "total", "maximum", "minimum", "average"]);

/** Whether the amount at k (past its qualifier) carries its unit: a currency sign, a percent, a glued unit or a measure noun. */
function withUnit(toks: readonly Tok[], k: number): boolean {
  let a = k;
  while (a < k + 3 && toks[a]?.kind === WORD) a++;
  if (toks[a]?.kind === CUR) return true;
  let n = a;
  while (toks[n]?.kind === NUM) n++;
  const after = toks[n];
  return after !== undefined && n > a && (after.s === "%" || (after.kind === WORD && (adjacent(toks[n - 1], after) || after.l === "percent" || after.l === "per" || MEASURE_NOUNS.has(after.l))));
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
 * The noun phrase nearest a number whose own noun or verb says nothing ("a 40% drop in profits", "£35million in
 * pay rises", "while 41% say"): what follows "of"/"in" after it, else the subject before it, else the closest
 * noun phrase before it in the sentence, else the first after it.
 */
export function nearestNP(toks: readonly Tok[], s: number, e: number): string {
  const after = toks[e];
  if (isWord(after) && (after.l === "of" || after.l === "in" || after.l === "on" || after.l === "for")) {
    const k = pastDeterminers(toks, e + 1);
    const end = forwardNP(toks, k);
    if (end > k) return phrase(toks, k, Math.min(end, k + 4));
  }
  const subject = subjectBefore(toks, s);
  if (subject) return subject;
  for (let j = s - 1; j >= 0 && s - j <= 8; j--) {
    const t = toks[j];
    if (t === undefined || (t.kind === WORD && CONJUNCTIONS.has(t.l))) break;
    // "scored an astonishing 286 from a potential 300": the word that judges an amount (this one or one before it) is
    // no noun of the sentence.
    if (t.kind === WORD && !nounStop(toks, j) && !describesAmount(toks, j) && !amountUnit(toks, j)) {
      const np = backNP(toks, j + 1, false);
      // "went on sale in mid-November priced $150", "in late March for £200": when, never what.
      if (np && !saysWhen(toks, np[0], np[1])) return phrase(toks, np[0], np[1]);
    }
  }
  for (let k = e; k < toks.length && k - e <= 4; k++) {
    const end = forwardNP(toks, k);
    if (end > k && toks[k]?.kind === WORD && !saysWhen(toks, k, end)) return phrase(toks, k, Math.min(end, k + 4));
  }
  return "";
}

/** Whether the word at j is the abbreviated unit of the number before it ("12km", "12 km"): no noun that names a figure. */
function amountUnit(toks: readonly Tok[], j: number): boolean {
  return GLUED_UNITS.has(toks[j]?.l ?? "") && toks[j - 1]?.kind === NUM;
}

/** Words that place a month in time: "late March", "early January", "mid November". */
const MONTH_PARTS = new Set(["early", "late", "mid", "end", "start", "middle"]);

/** A month or weekday, or a part of a month glued to it ("mid-November", "late-March"). */
function isWhen(t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  const dash = t.l.indexOf("-");
  return MONTHS.has(t.l) || WEEKDAYS.has(t.l) || (dash > 0 && MONTH_PARTS.has(t.l.slice(0, dash)) && MONTHS.has(t.l.slice(dash + 1)));
}

/**
 * Whether the words from..to only say when: months and weekdays ("mid-November", "Monday"), or a part of the month
 * said right after them ("late" of "late March").
 */
function saysWhen(toks: readonly Tok[], from: number, to: number): boolean {
  const words = toks.slice(from, to);
  return words.every(isWhen) || (words.every((t) => MONTH_PARTS.has(t.l)) && isWhen(toks[to]));
}

/**
 * Where the words about an amount resume after its bracketed conversion: "$27.5bn (£14.5bn) in unpaid taxes",
 * "a $900m (£479m) loan" are labelled by what follows the bracket. `e` itself when no conversion follows.
 */
export function afterConversion(toks: readonly Tok[], e: number): number {
  // "(AUD $6.765 million)": a code may stand before the converted amount's symbol.
  const code = isWord(toks[e + 1]) && toks[e + 1]?.s === toks[e + 1]?.s.toUpperCase() && toks[e + 2]?.kind === CUR;
  if (toks[e]?.s !== "(" || !(toks[e + 1]?.kind === CUR || toks[e + 1]?.kind === NUM || code)) return e;
  for (let k = e + 2; k < toks.length && k - e <= 10; k++) if (toks[k]?.s === ")") return k + 1;
  return e;
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

/** Prepositions that put a thing in a place: "property in the town of Sunapee". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "on"]);

/** How far before a place's name its preposition may stand: "in the town of Sunapee". */
const PLACE_WORDS = 5;

/** Words between a thing and the "worth" of its amount: "is believed to be worth", "a deal that could be worth". */
const BEFORE_WORTH = new Set(["be", "is", "was", "are", "were", "been", "being", "to", "believed", "said", "thought", "reported", "reportedly", "understood", "estimated", "expected", "now", "potentially", "allegedly", "could", "would", "may", "might", "will", "which", "that"]);

/**
 * The thing an amount is the worth of, with "worth" at w: the noun phrase before it, over the words that say it is
 * reported or would be ("the deal is believed to be worth", "a deal that could be worth"); "" when none.
 */
export function worthOwner(toks: readonly Tok[], w: number): string {
  let k = w;
  while (k > 0 && BEFORE_WORTH.has(toks[k - 1]?.l ?? "")) k--;
  // "Zenit's previous deal, reportedly worth", "the tax break -- worth": an aside set off after its noun is that noun's.
  while (k > 0 && w - k < 3 && /^(?:,|-|--|–|—)$/.test(toks[k - 1]?.s ?? "")) k--;
  // "two pounds of cocaine worth $30,000", "planes in a deal that could be worth": the noun right before, not a head
  // further back; but the subject of a clause's own verb is its whole phrase: "shares in the company were worth".
  const clause = k < w && !toks.slice(k, w).some((t) => t.l === "that" || t.l === "which");
  const np = backNP(toks, k, clause);
  if (np === undefined) return "";
  // "property in the town of Sunapee worth $3million": a name inside a sentence is where, not what is worth it.
  const name = !atSentenceStart(toks, np[0]) && toks.slice(np[0], np[1]).every((t) => isCapitalised(t));
  if (!name) return phrase(toks, np[0], np[1]);
  // "owns four property in the town of Sunapee worth $3million": what is worth it is the noun before the place.
  for (let p = np[0] - 1; p > 0 && np[0] - p <= PLACE_WORDS; p--) {
    if (!isWord(toks[p]) || !PLACE_PREPOSITIONS.has(toks[p]?.l ?? "")) continue;
    const thing = backNP(toks, p, false);
    return thing === undefined || toks.slice(thing[0], thing[1]).every((t) => isCapitalised(t)) ? "" : phrase(toks, thing[0], thing[1]);
  }
  return "";
}
