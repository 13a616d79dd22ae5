import { DOWN_VERBS, UP_VERBS } from "#brief/figures/language/lexicon.ts";
import { clauseDash } from "#brief/figures/language/clause-dash.ts";
import { unitDash } from "#brief/figures/language/unit-dash.ts";

// Tokens: numbers, words (hyphenated compounds and possessives kept whole), currency symbols, single punctuation.

export const NUM = 0;
export const WORD = 1;
export const CUR = 2;
export const PUNCT = 3;
type TokKind = typeof NUM | typeof WORD | typeof CUR | typeof PUNCT;

export interface Tok {
  s: string;
  l: string;
  start: number;
  end: number;
  kind: TokKind;
  /** Universal part-of-speech tag from the tagger (NOUN, VERB, ADJ, ADP, …), when the sentence was tagged. */
  pos?: string;
  /** The sentence's tagging, not yet run: the first read of any of its tokens' `pos` runs it (pos.ts tagWhenRead). */
  pending?: Tagging;
}

/** A sentence's part-of-speech tagging, run once for all its tokens. */
export interface Tagging {
  run(): void;
}

/**
 * A token whose tag is read through `pos`, so that a sentence is tagged only once a reader asks for a tag: the tagger
 * costs more than all the rest of figure reading, and a third of the number sentences (years, dates, numbers no label
 * is read for) never ask. The tags are the same whenever they are computed, so this is speed only, never a result.
 */
class Token implements Tok {
  private tag: string | undefined = undefined;
  pending: Tagging | undefined = undefined;

  constructor(
    readonly s: string,
    readonly l: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokKind,
  ) {}

  get pos(): string | undefined {
    this.pending?.run();
    return this.tag;
  }

  set pos(tag: string | undefined) {
    this.tag = tag;
  }
}

/**
 * The tokens, by kind in this order at each position: currency, number, "a.m."/"p.m.", a dotted abbreviation ("U.S.",
 * "U.K.": one word, so "19.7 million U.S. seats" is not cut at its dots), an initialism joined by "&" ("A&E", "AT&T":
 * one word, so "a fifth of A&E visits" is not read as the article "A" and a stray "E"), word, any other character. The
 * alternatives hold no capture groups (each match would allocate an array of six): the kind is read from the match
 * itself (tokenKind), which tells the alternatives apart as the groups did (test/speed-rewrites.test.ts, "figure tokens").
 */
const TOKEN = /US\$|A\$|C\$|HK\$|NZ\$|NT\$|S\$|[$£€¥₹]|\d+(?:[.,]\d+)*|[aApP]\.[mM]\.|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}+&\p{Lu}+(?!\p{Ll})|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\S/uy;
const LETTER_FIRST = /^\p{L}/u;

/**
 * The kind of a TOKEN match: only the number alternative starts with an ASCII digit; only the currency one ends in "$"
 * or is one of £€¥₹ (the last alternative never sees those: the first takes them); a match starting with a letter is a
 * word or "a.m." (the last alternative never sees a letter: the word one takes it); anything else is that last one.
 */
function tokenKind(s: string): TokKind {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return NUM;
  if (s.endsWith("$") || (s.length === 1 && (c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 0x20b9))) return CUR;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : PUNCT;
  return LETTER_FIRST.test(s) ? WORD : PUNCT;
}
// Sentences with neither a digit nor a number word are skipped before tokenising: most sentences. An ordinal in
// "-tieth" ("twentieth", "fortieth") is a word ending in a letter and "tieth": `\wtieth\b` finds it where `\b\w+tieth\b`
// does (the word's start is always a boundary) without matching each word whole and backing off a letter at a time,
// which was a fifth of this test's time. "a quarter of" is the one share whose words are in no other alternative ("a
// fifth", "three quarters" are): "quarter" alone is mostly a period ("the fourth quarter"), so only "quarter of", and
// the change "by a quarter", "a quarter less likely" (change-fraction.ts).
// "-teenth" ("fifteenth", "nineteenth") the same way: "fifteen" ends at no word boundary in "fifteenth", so a sentence
// whose one number was "the fifteenth stranded dolphin" was skipped whole (card audit 38, sample AF).
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores|quarter of|by a quarter|quarter (?:less|more|lower|higher|cheaper|fewer|smaller|bigger|larger)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|second|half|twice|thrice|doubl(?:ed|ing)|tripl(?:ed|ing)|trebl(?:ed|ing)|quadrupl(?:ed|ing)|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold)\b|\wtieth\b|\wteenth\b/i;
export const HAS_NUMBER = new RegExp(`\\d|${NUMBER_WORD.source}`, "i");

/**
 * HAS_NUMBER.test(text), asked as its two halves: a digit first, then the words. One search for both tried every word
 * at each place before the sentence's first digit; the digit alone is found by a quicker search, and most number
 * sentences hold one (a third less time over the bench's 20,699 sentences, the same answer for every text).
 */
const DIGIT = /\d/;
export const hasNumber = (text: string): boolean => DIGIT.test(text) || NUMBER_WORD.test(text);

/** Three digits that end a number: a thousands group (split off by a space before its comma, see tokenize). */
const SPLIT_THOUSANDS = /^\d{3}(?!\d|[,.]\d)/;

/** Hyphens by another code point: U+2010 (hyphen), U+2011 (non-breaking), and an en dash inside a word. */
const OTHER_HYPHENS = /[\u2010\u2011]|(?<=[\p{L}\d])\u2013(?=\p{L})/gu;
const HAS_OTHER_HYPHEN = /[\u2010\u2011\u2013]/;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Where TOKEN's match at `at` ends when it is a plain word of ASCII letters (most tokens), found by character codes
 * without running the pattern; 0 when the pattern must say. A run of ASCII letters is TOKEN's word alternative whole,
 * and no earlier alternative matches, unless the character after it could continue a longer reading: a non-ASCII one
 * (a letter, a mark, "’"), an apostrophe or hyphen (the word goes on), "$" ("US$", "HK$"), "&" ("AT&T"), or "." after
 * a single letter ("a.m.", "U.S."). Those, and every other token, go to the pattern as before.
 */
function asciiWordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i === at) return 0;
  if (i === text.length) return i;
  const c = text.charCodeAt(i);
  if (c >= 128 || c === 39 || c === 45 || c === 36 || c === 38 || (c === 46 && i - at === 1)) return 0;
  return i;
}

/**
 * The tokens of a text. Other hyphens are read as "-" ("72‑year‑old" with non-breaking hyphens is an age, as
 * "72-year-old" is): one character for one, so every token's offsets still point into the text as given.
 */
export function tokenize(given: string): Tok[] {
  const text = HAS_OTHER_HYPHEN.test(given) ? given.replace(OTHER_HYPHENS, "-") : given;
  const toks: Tok[] = [];
  // TOKEN is tried sticky at each position, tested rather than executed: no match array a token (a sixth of what a
  // brief allocates was these and the tokens). No alternative starts with whitespace and its last takes any other code
  // point, so the tokens are where a global search finds them: whitespace skipped, a token at every other character.
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    const start = at;
    const letters = asciiWordEnd(text, at);
    if (letters > 0) at = letters;
    else {
      TOKEN.lastIndex = at;
      if (c === 32 || (c >= 9 && c <= 13) || !TOKEN.test(text)) {
        at++;
        continue;
      }
      at = TOKEN.lastIndex;
    }
    const s = text.slice(start, at);
    const kind = letters > 0 ? WORD : tokenKind(s);
    // Most tokens hold no curly apostrophe: the replace (a regular expression run per token) only where one is.
    const lower = s.toLowerCase();
    const l = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
    // "weighed only 13lbs-the average weight of…", "millions of pounds-as the price": a dash typed as a hyphen before
    // a clause's first word ends the word (clause-dash.ts); "lasts for ten minutes-begins with": one after a number's
    // unit of time (unit-dash.ts). Either is read as the dash it stands for, so neither the unit nor a compound joins
    // the number to the next clause.
    const dash = kind !== WORD || !l.includes("-") ? -1 : Math.max(clauseDash(l, text.slice(at, at + 40)), unitDash(l, toks[toks.length - 1]?.l));
    if (dash > 0) {
      const cut = start + dash;
      toks.push(new Token(s.slice(0, dash), l.slice(0, dash), start, cut, WORD));
      toks.push(new Token("—", "—", cut, cut + 1, PUNCT));
      toks.push(new Token(s.slice(dash + 1), l.slice(dash + 1), cut + 1, at, WORD));
      continue;
    }
    // "around $10-15 ,000", "between Dh250 ,000 to Dh1 million": a thousands group the source split off with a space
    // before its comma is the number's own; the token keeps its span in the text, space and all ('around $10-15' was
    // read, its thousands lost: card audit 21, sample O). No list or clause puts a space before a comma.
    if (kind === NUM && text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 44 && SPLIT_THOUSANDS.test(text.slice(at + 2, at + 7))) {
      const joined = `${s},${text.slice(at + 2, at + 5)}`;
      toks.push(new Token(joined, joined, start, at + 5, kind));
      at += 5;
      continue;
    }
    toks.push(new Token(s, l, start, at, kind));
  }
  return toks;
}

export const adjacent = (a: Tok | undefined, b: Tok | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
/**
 * Whether token k is an apostrophe touching the plural word before it, which it makes an owner ("the growers' total
 * sales", "taxpayers' cash"): the tokenizer splits it off, where "Kane's" stays one token.
 */
export function pluralOwnerApostrophe(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const before = toks[k - 1];
  return (t?.s === "'" || t?.s === "’") && before?.kind === WORD && before.l.endsWith("s") && adjacent(before, t);
}

export const isWord = (t: Tok | undefined, w?: string): t is Tok => t !== undefined && t.kind === WORD && (w === undefined || t.l === w);

export const isCapitalised = (t: Tok): boolean => t.kind === WORD && t.s[0] !== t.l[0];

/** A name's possessive ("Liverpool's", "Bradley’s"): it determines what follows, as "the" does. */
export const isNamePossessive = (t: Tok | undefined): boolean => t !== undefined && isCapitalised(t) && /['’]s$/.test(t.s);

/** Sentence-initial (possibly after an opening quote or bracket): its capital says nothing about proper nouns. */
export function atSentenceStart(toks: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j];
    if (t === undefined || t.kind !== PUNCT) return false;
  }
  return true;
}


export function upDown(t: Tok | undefined): "up" | "down" | undefined {
  if (t === undefined || t.kind !== WORD) return undefined;
  if (UP_VERBS.has(t.l)) return "up";
  if (DOWN_VERBS.has(t.l)) return "down";
  return undefined;
}
