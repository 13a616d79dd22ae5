import { stemmer } from "stemmer";
import { Numbering, withRoom } from "#news/numbering.ts";
import { asciiKey } from "#news/word-table.ts";

// Function words carry no topic: they would make every sentence look alike to the centrality graph.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here hers " +
    "herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on " +
    "once only or other our ours ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were what when where which " +
    "while who whom why will with would you your yours yourself yourselves said says say told according one two also " +
    "s t us mr mrs ms would could may might must shall can't don't it's he's she's that's there's i'm we're they're " +
    "new last first year years time people like get got make made well back even still just"
  ).split(" "),
);

/** /^\d+$/ without the regular expression: ASCII digits only, as \d means. */
function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

export interface Terms {
  /** Content-word stems: lowercase, stopwords and bare numbers out, Porter-stemmed (the `stemmer` package). */
  stems: string[];
  /** Every word, for length. */
  words: number;
}

/** What one word contributes: its stem, or "" for a stopword or a bare number. Pure: the caches below keep its answers. */
function termOf(raw: string): string {
  if (STOPWORDS.has(raw)) return "";
  // A possessive: "'s" or "’s" ending the word, after at least one other character (what /['’]s$/ found).
  const last = raw.length - 1;
  const word = last >= 2 && raw.charCodeAt(last) === 115 && (raw[last - 1] === "'" || raw[last - 1] === "’") ? raw.slice(0, last - 1) : raw;
  if (STOPWORDS.has(word) || allDigits(word)) return "";
  return stemmer(word);
}

// Each distinct term gets a number the first time a word yields it, so that articleTerms numbers an article's terms
// by array reads instead of a Map of strings a term, and the ranker's vectors are laid out by those numbers. Bounded:
// past TERMS_MAX numbers every cache below starts afresh, never inside articleTerms (a term must keep its number there).
const TERMS_MAX = 60_000;
const terms = new Numbering();
const termNames = terms.names;
/**
 * articleTerms' scratch by term number: at 2·term the article that last numbered it, at 2·term + 1 its number there,
 * side by side so that a word's two reads are one line of the processor's cache (terms are scattered through tens of
 * thousands); and the article whose headline holds it. Grown as terms are numbered.
 */
let termSlots = new Int32Array(4096);
const termHeadline: number[] = [];

/** A term's number, made if it is new; −1 for "" (a stopword or a bare number: no term). */
function termNumber(term: string): number {
  if (term === "") return -1;
  const number = terms.numberOf(term);
  if (number === termHeadline.length) {
    termHeadline.push(0);
    termSlots = withRoom(termSlots, 2 * number + 2);
  }
  return number;
}

// Behind the hot cache, every word met and its term's number, so that the stemmer (the step that made the ranker
// slow) runs once a word. Bounded so a long-lived Lambda cannot grow without limit: past TERM_CACHE_MAX words it starts
// afresh. Open addressing by the same hash, whose 32 bits are compared before the word: a probe reads a number, where a
// Map of strings reads each key string it passes (the cost of the Map of stems this replaced, when its entries were
// out of the processor's cache). Speed only, never a result.
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
// A share of the table, never all of it: in a full open-addressing table the probe for a new word never ends, and
// below about two-thirds full the probes stay short.
const TERM_CACHE_MAX = Math.floor((1 << TABLE_BITS) * 0.6);

/**
 * A word's mark, what a slot is found by: a short ASCII word's shortKey (lib/news/word-table.ts, positive: the word
 * itself, so it is found without reading the word), any other's hash as a negative number (then the word is compared);
 * 0 marks a free slot. One number for what were a key, a hash and a free-slot test (a word read from the heap).
 */
const markOf = (hash: number, key: number): number => (key > 0 ? key : -1 - (hash >>> 0));

// Each slot of the table and of the hot cache below is 16 bytes of one buffer, read through two views: its mark (a
// double, at 2 × slot), then its word's term number and its token for a TokenSink (NO_TOKEN until one asks; ints at
// 4 × slot + 2 and + 3). A probe and a hit read one line of the processor's cache where the separate arrays of keys,
// hashes and values (and the word, to tell a free slot) read three or four, each a miss for a slot out of cache.
const TERM = 2;
const TOKEN = 3;
const TABLE_BUFFER = new ArrayBuffer(16 << TABLE_BITS);
const TABLE_MARKS = new Float64Array(TABLE_BUFFER);
const TABLE_INTS = new Int32Array(TABLE_BUFFER);
/** Each slot's word, read only when a long word's mark matches (and to fill the hot cache). */
const TABLE_WORDS = new Array<string | undefined>(1 << TABLE_BITS).fill(undefined);
let tableCount = 0;

/** The table slot of the word lower[start, end) (whose hash and mark are given), filled with its term's number if it was not there. */
function tableSlot(lower: string, start: number, end: number, hash: number, mark: number): number {
  const home = (hash ^ (hash >>> 15)) & TABLE_MASK;
  let slot = home;
  for (let m = TABLE_MARKS[2 * slot]!; m !== 0; m = TABLE_MARKS[2 * slot]!) {
    if (m === mark && (mark > 0 || sameWord(TABLE_WORDS[slot]!, lower, start, end))) return slot;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (tableCount >= TERM_CACHE_MAX) {
    TABLE_MARKS.fill(0);
    TABLE_WORDS.fill(undefined);
    tableCount = 0;
    slot = home;
  }
  const word = lower.slice(start, end);
  TABLE_WORDS[slot] = word;
  TABLE_INTS[4 * slot + TERM] = termNumber(termOf(word));
  TABLE_INTS[4 * slot + TOKEN] = NO_TOKEN;
  TABLE_MARKS[2 * slot] = mark;
  tableCount++;
  return slot;
}

// Every word of every sentence passes here, and in the whole brief only the part-of-speech tagger costs more. A
// direct-mapped cache of recent words answers most of them (news repeats its vocabulary, and stopwords recur in every
// sentence) from a small buffer that stays in the processor's cache, where the table of every word (tens of thousands)
// mostly does not; the word is found by hashing its characters during the scan and compared in place, so a hit
// allocates nothing. Fixed size, and each slot holds a pure function's answer: speed only, never a result.
const HOT_BITS = 13;
const HOT_MASK = (1 << HOT_BITS) - 1;
/** As the table's: each recent word's mark, then its term number and token. */
const HOT_BUFFER = new ArrayBuffer(16 << HOT_BITS);
const HOT_MARKS = new Float64Array(HOT_BUFFER);
const HOT_INTS = new Int32Array(HOT_BUFFER);
const HOT_WORDS = new Array<string>(1 << HOT_BITS).fill("");

/** Every cache and number afresh: the term numbers passed TERMS_MAX (between articles only). */
function restartTerms(): void {
  terms.clear();
  termHeadline.length = 0;
  termSlots.fill(0);
  TABLE_MARKS.fill(0);
  TABLE_WORDS.fill(undefined);
  tableCount = 0;
  HOT_MARKS.fill(0);
  HOT_WORDS.fill("");
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Code units of the code point at i if [\p{L}\p{N}] (or, with `lettersOnly`, \p{L}) matches it, else 0. */
function wordCharAt(text: string, i: number, lettersOnly: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!lettersOnly && c >= 48 && c <= 57) ? 1 : 0;
  const point = text.codePointAt(i)!;
  const ch = String.fromCodePoint(point);
  return (lettersOnly ? LETTER : LETTER_OR_NUMBER).test(ch) ? ch.length : 0;
}

/**
 * The word model's side of a shared scan (lib/brief/word-scan.ts ArticleTokens): its tokens are the [A-Za-z0-9] runs of
 * the text as written, and each lies inside one of scanTerms' words, so one pass over the characters finds both; and a
 * token is a function of the word lowercased, so a word that is one such run whole (most are) has its token kept
 * beside its term here, found by the same look-up.
 */
export interface TokenSink {
  /** An article begins. */
  begin(): void;
  /** A text begins. */
  startText(): void;
  /** The token of a word (lowercased, one [a-z0-9] run), kept beside its term until forgetTokens. */
  tokenOf(lower: string): number;
  /** Records the token of text[start, end), one [A-Za-z0-9] run whole. */
  add(text: string, start: number, end: number, token: number): void;
  /** Records the tokens of the runs from `from` (one ending at or past `to` read to its end); returns where they end. */
  runs(text: string, from: number, to: number): number;
  /** The article's texts are all scanned. */
  end(): void;
}

/** Marks a word whose token no sink has given yet (a token is at least −2: lib/brief/word-scan.ts). */
const NO_TOKEN = -3;

/** Forgets every token kept: the sink numbers them afresh. */
export function forgetTokens(): void {
  for (let k = TOKEN; k < TABLE_INTS.length; k += 4) TABLE_INTS[k] = NO_TOKEN;
  for (let k = TOKEN; k < HOT_INTS.length; k += 4) HOT_INTS[k] = NO_TOKEN;
}

/** The term numbers scanTerms found in the text it scanned last, in order (the first `foundCount`; grown as needed). */
let found = new Int32Array(256);
let foundCount = 0;

/** [a-zA-Z0-9]: what [\p{L}\p{N}] matches of ASCII (wordCharAt's answer for a code below 128). */
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether `word` is text[start, end): by character codes, cheaper than a startsWith call for a word. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The hot cache's slot of the word lower[start, end) (its hash and mark given), filled from the table on a miss. */
function hotSlot(lower: string, start: number, end: number, hash: number, mark: number): number {
  const slot = (hash ^ (hash >>> 15)) & HOT_MASK;
  if (HOT_MARKS[2 * slot] === mark && (mark > 0 || sameWord(HOT_WORDS[slot]!, lower, start, end))) return slot;
  const at = tableSlot(lower, start, end, hash, mark);
  HOT_WORDS[slot] = TABLE_WORDS[at]!;
  HOT_INTS[4 * slot + TERM] = TABLE_INTS[4 * at + TERM]!;
  HOT_INTS[4 * slot + TOKEN] = TABLE_INTS[4 * at + TOKEN]!;
  HOT_MARKS[2 * slot] = mark;
  return slot;
}

/** The sink's token of the word in hot slot `slot` (lower[start, end), hash and mark given), asked of it the first time. */
function tokenAt(sink: TokenSink, slot: number, lower: string, start: number, end: number, hash: number, mark: number): number {
  let token = HOT_INTS[4 * slot + TOKEN]!;
  if (token === NO_TOKEN) {
    token = sink.tokenOf(HOT_WORDS[slot]!);
    HOT_INTS[4 * slot + TOKEN] = token;
    TABLE_INTS[4 * tableSlot(lower, start, end, hash, mark) + TOKEN] = token;
  }
  return token;
}

/**
 * One pass over a text for both what the ranker compares (its terms' numbers, into `found`) and what it measures (its
 * words, returned). The words are the matches (/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu over the lowercased text), found by
 * a character scan instead of the regular expression so that a word already in the hot cache is never cut out as a
 * string. An ASCII character (most of them) is tested in place; only the others go through wordCharAt's code-point
 * test, and a cached word is compared by character codes, not a startsWith call: every character of every sentence
 * passes here (articleTerms ran 8–15% faster so than with a call a character and a startsWith call a word).
 *
 * With a sink, the word model's tokens are found in the same pass (TokenSink). Only where the lowercased text lines up
 * with the text, character for character (always, but for the rare letter whose lowercase is longer: "İ"); else the
 * sink reads the text on its own first.
 */
function scanTerms(text: string, sink?: TokenSink): number {
  foundCount = 0;
  let words = 0;
  const lower = text.toLowerCase();
  const n = lower.length;
  sink?.startText();
  const paired = sink !== undefined && n === text.length ? sink : undefined;
  if (sink !== undefined && paired === undefined) sink.runs(text, 0, text.length);
  // Lowercased ASCII is ASCII as written but for one character, the kelvin sign ("K", "k" lowercased; no other code
  // point lowercases to ASCII in as many code units): a text without it (nearly all) is not read again a character to
  // tell whether a word is one [A-Za-z0-9] run as written.
  const kelvin = paired !== undefined && text.includes("\u212a");
  // Where the sink's tokens reach: a run it read on past a word (the tail of "don't" and a digit after it) is not read again.
  let covered = 0;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (c < 128 ? !isAsciiLetterOrDigit(c) : wordCharAt(lower, i, false) === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    // The word's codes for its key (lib/news/word-table.ts asciiKey), while it is all ASCII.
    let codes = 0;
    let ascii = true;
    // Whether the word as written is one [A-Za-z0-9] run, for the sink.
    let whole = paired !== undefined;
    // The run of letters and digits (its first character known to be one).
    for (;;) {
      if (c < 128) {
        if (!isAsciiLetterOrDigit(c)) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        codes = codes * 128 + c;
        // Lowercased ASCII may be written otherwise: "K" (the kelvin sign) is "k" lowercased.
        if (kelvin) whole &&= text.charCodeAt(i) < 128;
        i++;
      } else {
        const step = wordCharAt(lower, i, false);
        if (step === 0) break;
        ascii = false;
        whole = false;
        for (const end = i + step; i < end; i++) hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
      }
      if (i >= n) break;
      c = lower.charCodeAt(i);
    }
    // The optional tail: an apostrophe and letters ("don't", "police's").
    const q = i < n ? lower.charCodeAt(i) : 0;
    if ((q === 39 || q === 8217) && i + 1 < n && wordCharAt(lower, i + 1, true) > 0) {
      whole = false;
      hash = (Math.imul(hash, 31) + q) | 0;
      codes = codes * 128 + q;
      ascii &&= q < 128;
      i++;
      c = lower.charCodeAt(i);
      for (;;) {
        if (c < 128) {
          if (!isAsciiLetter(c)) break;
          hash = (Math.imul(hash, 31) + c) | 0;
          codes = codes * 128 + c;
          i++;
        } else {
          const step = wordCharAt(lower, i, true);
          if (step === 0) break;
          ascii = false;
          for (const end = i + step; i < end; i++) hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
        }
        if (i >= n) break;
        c = lower.charCodeAt(i);
      }
    }
    words++;
    const length = i - start;
    if (length < 2) {
      if (paired !== undefined && i > covered) covered = paired.runs(text, Math.max(start, covered), i);
      continue;
    }
    const mark = markOf(hash, ascii ? asciiKey(codes, length) : 0);
    const slot = hotSlot(lower, start, i, hash, mark);
    if (paired !== undefined) {
      if (whole && start >= covered) paired.add(text, start, i, tokenAt(paired, slot, lower, start, i, hash, mark));
      else if (i > covered) covered = paired.runs(text, Math.max(start, covered), i);
    }
    const term = HOT_INTS[4 * slot + TERM]!;
    if (term < 0) continue;
    found = withRoom(found, foundCount + 1);
    found[foundCount++] = term;
  }
  return words;
}

/** One pass over a text for both what the ranker compares (stems) and what it measures (words). */
export function analyzeTerms(text: string): Terms {
  if (termNames.length > TERMS_MAX) restartTerms();
  const words = scanTerms(text);
  const stems: string[] = [];
  for (let k = 0; k < foundCount; k++) stems.push(termNames[found[k]!]!);
  return { stems, words };
}

export function contentTerms(text: string): string[] {
  return analyzeTerms(text).stems;
}

/**
 * An article's terms numbered in order of first appearance (as lib/brief/centrality.ts numberTerms numbers the
 * analyzeTerms stems of its sentences), with each sentence's word count and which terms the headline holds.
 */
export interface ArticleTerms {
  /** Distinct terms, by number. */
  names: string[];
  /** Every term's number, sentence after sentence: sentence i's are at offsets[i] … offsets[i + 1]. */
  ids: Int32Array;
  offsets: Int32Array;
  /** Each sentence's words (analyzeTerms' `words`). */
  words: number[];
  /** By term number, 1 when the headline's terms (contentTerms) hold it. */
  inHeadline: Uint8Array;
  /** How many distinct terms the headline holds (0 without one). */
  headlineTerms: number;
}

let idBuffer = new Int32Array(4096);
let articles = 0;

/**
 * What the ranker reads of an article's sentences, from one scan a sentence and array reads by term number: no stems
 * list a sentence and no Map of strings an article (what analyzeTerms, numberTerms and a Set of the headline's terms
 * cost, a tenth of a brief).
 */
export function articleTerms(texts: readonly string[], headline?: string, sink?: TokenSink): ArticleTerms {
  if (termNames.length > TERMS_MAX) restartTerms();
  sink?.begin();
  const article = ++articles;
  const n = texts.length;
  const names: string[] = [];
  const offsets = new Int32Array(n + 1);
  const words: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    words.push(scanTerms(texts[i]!, sink));
    // Read after the scan: a new term may have grown the scratch.
    const slots = termSlots;
    if (k + foundCount > idBuffer.length) {
      const grown = new Int32Array(Math.max(idBuffer.length * 2, k + foundCount));
      grown.set(idBuffer.subarray(0, k));
      idBuffer = grown;
    }
    for (let j = 0; j < foundCount; j++) {
      const term = found[j]!;
      if (slots[2 * term] !== article) {
        slots[2 * term] = article;
        slots[2 * term + 1] = names.length;
        names.push(termNames[term]!);
      }
      idBuffer[k++] = slots[2 * term + 1]!;
    }
  }
  offsets[n] = k;
  const inHeadline = new Uint8Array(names.length);
  let headlineTerms = 0;
  if (headline) {
    scanTerms(headline, sink);
    const slots = termSlots;
    for (let j = 0; j < foundCount; j++) {
      const term = found[j]!;
      if (termHeadline[term] !== article) {
        termHeadline[term] = article;
        headlineTerms++;
        // A headline term the sentences lack has no number in the article: only the count holds it.
        if (slots[2 * term] === article) inHeadline[slots[2 * term + 1]!] = 1;
      }
    }
  }
  sink?.end();
  return { names, ids: idBuffer.slice(0, k), offsets, words, inHeadline, headlineTerms };
}
