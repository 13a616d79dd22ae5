/**
 * A bounded cache from words to what a pure function makes of them, for scanners that see every word of every brief:
 * the caller hashes the word's characters while it scans (wordHash) and the table finds the word in place in the text,
 * so a word met before is never cut out as a string nor hashed again by a Map. Open addressing by that hash, whose 32
 * bits are compared before the word: a probe reads a number, where a Map of strings reads each key string it passes
 * (costly when its entries are out of the processor's cache). Speed only, never a result: each slot holds the
 * function's answer for its word.
 */
export class WordTable<T> {
  private readonly mask: number;
  /** A share of the slots, never all: in a full table the probe for a new word never ends; below two-thirds it stays short. */
  private readonly max: number;
  private readonly hashes: Int32Array;
  /** Each slot's word's shortKey (0 for a longer word): a short word is found without reading the word (shortKey). */
  private readonly keys: Float64Array;
  /** undefined marks a free slot: told apart from a word without reading the word (a string compared with "" is read). */
  private readonly words: (string | undefined)[];
  private readonly values: T[];
  private count = 0;
  // In front of the table, a direct-mapped cache of recent words: news repeats its vocabulary and stopwords recur in
  // every sentence, and these small arrays stay in the processor's cache where the table (tens of thousands of words)
  // mostly does not.
  private readonly hotMask: number;
  private readonly hotWords: string[];
  private readonly hotValues: T[];
  /** Each recent word's hash, compared before the word: a slot holding another word is passed without reading it. */
  private readonly hotHashes: Int32Array;
  private readonly hotKeys: Float64Array;

  /** 2^bits slots behind 2^hotBits recent ones; `make` gives a word's value (pure); `empty` fills unused slots. */
  constructor(
    bits: number,
    hotBits: number,
    private readonly make: (word: string) => T,
    empty: T,
  ) {
    this.hotMask = (1 << hotBits) - 1;
    this.hotWords = new Array<string>(1 << hotBits).fill("");
    this.hotValues = new Array<T>(1 << hotBits).fill(empty);
    this.hotHashes = new Int32Array(1 << hotBits);
    this.hotKeys = new Float64Array(1 << hotBits);
    this.mask = (1 << bits) - 1;
    this.max = Math.floor((1 << bits) * 0.6);
    this.hashes = new Int32Array(1 << bits);
    this.keys = new Float64Array(1 << bits);
    this.words = new Array<string | undefined>(1 << bits).fill(undefined);
    this.values = new Array<T>(1 << bits).fill(empty);
  }

  /**
   * The value of the word text[start, end), whose wordHash is `hash` (made and kept if the word is new). Past the
   * bound the table starts afresh, so a long-lived Lambda cannot grow it without limit.
   */
  get(text: string, start: number, end: number, hash: number, key = shortKey(text, start, end)): T {
    const mixed = hash ^ (hash >>> 15);
    const hot = mixed & this.hotMask;
    if (key > 0 ? this.hotKeys[hot] === key : this.hotHashes[hot] === hash && sameWord(this.hotWords[hot]!, text, start, end)) return this.hotValues[hot]!;
    const home = mixed & this.mask;
    let slot = home;
    for (let w = this.words[slot]; w !== undefined; w = this.words[slot]) {
      if (key > 0 ? this.keys[slot] === key : this.hashes[slot] === hash && sameWord(w, text, start, end)) {
        this.hotWords[hot] = w;
        this.hotValues[hot] = this.values[slot]!;
        this.hotHashes[hot] = hash;
        this.hotKeys[hot] = key;
        return this.values[slot]!;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.count >= this.max) {
      this.words.fill(undefined);
      this.count = 0;
      slot = home;
    }
    const word = text.slice(start, end);
    const value = this.make(word);
    this.words[slot] = word;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.keys[slot] = key;
    this.count++;
    this.hotWords[hot] = word;
    this.hotValues[hot] = value;
    this.hotHashes[hot] = hash;
    this.hotKeys[hot] = key;
    return value;
  }
}

/** Past this many characters a word has no shortKey. */
const SHORT = 7;
/** 128 to the power of each length a shortKey may have. */
const POWERS = Array.from({ length: SHORT + 1 }, (_, k) => 128 ** k);

/**
 * The shortKey of an ASCII word of `length` characters from its codes in base 128 (each step `codes * 128 + c`), for a
 * scanner that reads the characters anyway: 0 past SHORT characters.
 */
export const asciiKey = (codes: number, length: number): number => (length <= SHORT ? length * POWERS[length]! + codes : 0);

/**
 * A word of 1 to 7 ASCII characters as one number, its length then its character codes in base 128: exact in a double
 * (below 2^53) and a different number for every such word (each length takes its own range), so two are the same word
 * exactly when their keys are equal. A table compares keys instead of reading the word it holds, a string elsewhere in
 * memory (the probe's costliest step: most words are short). 0 for a longer word or one with another character.
 */
export function shortKey(text: string, start: number, end: number): number {
  const length = end - start;
  if (length > SHORT) return 0;
  let key = length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return 0;
    key = key * 128 + c;
  }
  return key;
}

/** Whether `word` is text[start, end): compared by character codes, cheaper than a startsWith call for short words. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The running hash of a word's characters the table expects: wordHash(wordHash(0, c0), c1)… */
export const wordHash = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;
