// sbd's sentence split (sbd 1.0.19, lib/tokenizer.js with newline_boundaries, html_boundaries, sanitize and
// preserve_whitespace off) read by character codes, returning where each of its pieces sits in the paragraph. sbd cuts
// the paragraph into word strings with a regular expression, slices each word's last character three times over to
// test it, joins each sentence's words back into a string, and lib/news/sentences.ts then searched the paragraph for
// that string: half of the sentence splitting of every brief. Here a word is a pair of offsets, its characters are read
// in place, and a sentence is the span from its first word to its last, which is what the search found whenever the
// words inside it are one space apart. Where that or anything else rarer is not so (other spacing, a word sbd cuts in
// two at a stop glued to a capital), the answer is undefined and the caller runs sbd itself: speed only, never a result.

/** Where one piece sits: text[start, end). */
export interface Span {
  start: number;
  end: number;
}

const SPACE = 32;
const DOT = 46;
const COMMA = 44;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const CLOSE_QUOTE = 0x201d;

/** \s, as sbd's /\S+/ and String.prototype.trim read it (WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// sbd's Match.js tests, kept as written where they run only on the rare word that reaches them.
// sbd's pattern, copied as written.
const SYMBOLS = /[-'`~!@#$%^&*()_|+=?;:'",.<>\{\}\[\]\\\/]/gi;
/** SYMBOLS' characters by code, 1 for each (all ASCII: no other code point matches it), read from the pattern itself. */
const SYMBOL_CODES = Uint8Array.from({ length: 128 }, (_, c) => (new RegExp(SYMBOLS.source, "i").test(String.fromCharCode(c)) ? 1 : 0));
const isSymbol = (c: number): boolean => c < 128 && SYMBOL_CODES[c] === 1;

/**
 * w.replace(SYMBOLS, ""), by character codes: asked of the word before every sentence's full stop, where the pattern's
 * replace made a string and a search each time. A word with one symbol, its last (most: "said."), is cut without a
 * search; any other is rebuilt a character at a time, keeping the same characters in the same order.
 */
export function withoutSymbols(w: string): string {
  let first = -1;
  for (let k = 0; k < w.length; k++) {
    if (isSymbol(w.charCodeAt(k))) {
      first = k;
      break;
    }
  }
  if (first < 0) return w;
  if (first === w.length - 1) return w.slice(0, first);
  let out = w.slice(0, first);
  for (let k = first + 1; k < w.length; k++) if (!isSymbol(w.charCodeAt(k))) out += w[k];
  return out;
}
const isNumber = (s: string): boolean => !Number.isNaN(Number(s));
// sbd's /^[A-Z][a-z].*/ (whose ".*" always matches), by character codes: it is asked at every sentence's end.
const isCapitalized = (s: string): boolean => {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return (a >= 65 && a <= 90 && b >= 97 && b <= 122) || isNumber(s);
};
/** /``|"|'/ on its first two characters, by character codes: sbd asks it at every sentence's end. */
const opensQuote = (s: string): boolean => {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a === 34 || a === 39 || b === 34 || b === 39 || (a === 96 && b === 96);
};
const isSentenceStarter = (s: string): boolean => isCapitalized(s) || opensQuote(s);
const isTimeAbbreviation = (word: string, next: string): boolean =>
  (word === "a.m." || word === "p.m.") && next.replace(/\W+/g, "").slice(-3).toLowerCase() === "day";
const isDottedAbbreviation = (word: string): boolean => (word.replace(/[()[\]{}]/g, "").match(/(.\.)*/)?.[0].length ?? 0) > 0;
const isCustomAbbreviation = (s: string): boolean => s.length <= 3 || isCapitalized(s);
const URL_LIKE = /[-a-zA-Z0-9@:%._+~#=]{2,256}\.[a-z]{2,6}\b([-a-zA-Z0-9@:%_+.~#?&//=]*)/;
const PHONE =
  /^(?:(?:\+?1\s*(?:[.-]\s*)?)?(?:\(\s*([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9])\s*\)|([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9]))\s*(?:[.-]\s*)?)?([2-9]1[02-9]|[2-9][02-9]1|[2-9][02-9]{2})\s*(?:[.-]\s*)?([0-9]{4})(?:\s*(?:#|x\.?|ext\.?|extension)\s*(\d+))?$/;

function isNameAbbreviation(wordCount: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (wordCount < 5 && words[0]!.length < 6 && isCapitalized(words[0]!)) return true;
  return words.filter((s) => /[A-Z]/.test(s.charAt(0))).length >= 3;
}

// The words of the paragraph being split, reused from paragraph to paragraph (grown as needed): where each starts and
// ends, whether it holds a comma, and where its first stop and its first "!" or "?" are (−1: none). One pass fills
// them, so the loop below reads no character twice.
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let commas = new Uint8Array(256);
let dots = new Int32Array(256);
let marks = new Int32Array(256);

function grow(): void {
  const size = starts.length * 2;
  const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  starts = more(starts, new Int32Array(size));
  ends = more(ends, new Int32Array(size));
  commas = more(commas, new Uint8Array(size));
  dots = more(dots, new Int32Array(size));
  marks = more(marks, new Int32Array(size));
}

/** Reads the paragraph's words into the arrays above: their count, or −1 when two words are not one space apart. */
function readWords(text: string): number {
  const n = text.length;
  let count = 0;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (count > 0 && (i - ends[count - 1]! !== 1 || text.charCodeAt(i - 1) !== SPACE)) return -1;
    if (count === starts.length) grow();
    starts[count] = i;
    let comma = 0;
    let dot = -1;
    let mark = -1;
    do {
      if (c === COMMA) comma = 1;
      else if (c === DOT) {
        if (dot < 0) dot = i;
      } else if ((c === BANG || c === QUESTION) && mark < 0) mark = i;
      // The end of the text read as a space, never past it: a read out of bounds (NaN) made the compiled loop's
      // character a double and cost a deoptimisation.
      c = ++i < n ? text.charCodeAt(i) : SPACE;
    } while (!isSpace(c));
    ends[count] = i;
    commas[count] = comma;
    dots[count] = dot;
    marks[count] = mark;
    count++;
  }
  return count;
}

/** sbd's words[k], cut out only when a test needs its string. */
const wordAt = (text: string, k: number): string => text.slice(starts[k], ends[k]);

/** sbd's words.slice(i, limit) with words[i] read as `w` (the word it tests, a closing quote dropped). */
function wordsFrom(text: string, w: string, i: number, limit: number, count: number): string[] {
  const out = [w];
  for (let k = i + 1; k < Math.min(limit, count); k++) out.push(wordAt(text, k));
  return out;
}

/**
 * sbd.sentences(text, options)'s pieces as spans of `text` (options as sentences.ts passes them without break marks;
 * `abbreviations` is its list), or undefined where only sbd and the search can say (see the top of this file).
 */
export function sentenceSpans(text: string, abbreviations: ReadonlySet<string>): Span[] | undefined {
  const count = readWords(text);
  if (count < 0) return undefined;
  if (count === 0) return [];
  // The sentences as word ranges [first, last], in order.
  const firsts: number[] = [];
  const lasts: number[] = [];
  let from = 0;
  let wordCount = 0;
  for (let i = 0; i < count; i++) {
    wordCount++;
    if (commas[i] === 1) wordCount = 0;
    const start = starts[i]!;
    let end = ends[i]!;
    const last = text.charCodeAt(end - 1);
    // A lone ".", "!" or "?", a word ending in "?" or "!", or sbd's own break marker ends the sentence.
    let closes = last === BANG || last === QUESTION || (end - start === 1 && last === DOT) || (end - start === 3 && text.startsWith("@~@", start));
    if (!closes) {
      // sbd drops a closing double quote from the word it tests (the sentence keeps the word whole).
      if (last === QUOTE || last === CLOSE_QUOTE) end--;
      if (end > start && text.charCodeAt(end - 1) === DOT) {
        closes = true;
        if (i + 1 < count) {
          const w = text.slice(start, end);
          const next = wordAt(text, i + 1);
          // sbd's tests of a word ending in a stop that does not end the sentence, in its order.
          if (w.length === 2 && !isDigit(w.charCodeAt(0))) closes = false;
          else if (abbreviations.has(withoutSymbols(w))) closes = false;
          else if (isSentenceStarter(next)) {
            // words.slice(i, 6) as sbd wrote it: from word i up to the paragraph's sixth word, none past it.
            closes = !(isTimeAbbreviation(w, next) || isNameAbbreviation(wordCount, i < 6 ? wordsFrom(text, w, i, 6, count) : []) || (isNumber(next) && isCustomAbbreviation(w)));
          } else {
            closes = !(w.endsWith("..") || isDottedAbbreviation(w) || isNameAbbreviation(wordCount, i < 5 ? wordsFrom(text, w, i, 5, count) : []));
          }
        }
        if (!closes) continue;
      } else {
        // A stop, "!" or "?" inside the word: sbd's number, abbreviation, address and concatenation tests.
        const dot = dots[i]! < end ? dots[i]! : -1;
        const mark = marks[i]! < end ? marks[i]! : -1;
        if (dot < 0 && mark < 0) continue;
        const w = text.slice(start, end);
        if (dot >= 0) {
          const at = dot - start;
          if (isNumber(at > 0 ? w.slice(at - 1, at + 2) : w) || isDottedAbbreviation(w) || URL_LIKE.test(w) || PHONE.test(w)) continue;
        }
        // sbd's isConcatenated: the first ".", else "!", else "?" followed by a letter cuts the word in two, and the
        // pieces are no longer the paragraph's text: sbd and the search decide.
        const cut = dot >= 0 ? dot - start : w.indexOf("!") >= 0 ? w.indexOf("!") : w.indexOf("?");
        if (/[a-zA-Z]/.test(w.charAt(cut + 1))) return undefined;
        continue;
      }
    }
    firsts.push(from);
    lasts.push(i);
    from = i + 1;
    wordCount = 0;
  }
  if (from < count) {
    firsts.push(from);
    lasts.push(count - 1);
  }
  // sbd's "enumeration lists": a sentence of one word of up to two characters and a stop ("a.", "12.") joins the next
  // sentence unless that one's first word holds a stop.
  const spans: Span[] = [];
  let previousSingle = false;
  for (let s = 0; s < firsts.length; s++) {
    const first = firsts[s]!;
    const lastWord = lasts[s]!;
    if (previousSingle && dots[first]! < 0) {
      spans[spans.length - 1]!.end = ends[lastWord]!;
      previousSingle = false;
      continue;
    }
    spans.push({ start: starts[first]!, end: ends[lastWord]! });
    previousSingle = first === lastWord && /^.{1,2}[.]$/.test(wordAt(text, first));
  }
  return spans;
}
