// wink-nlp finds each word of a sentence it tags through its lexeme hash, a plain object of some 96,000 words: a look-up
// there with a word just cut from the sentence first finds the word's interned copy in the engine's table of every
// string, then the word in the object, two probes of large tables that are mostly out of the processor's cache (about
// a fifth of the tagger's time, over a tenth of a brief's figures). RowIndex is a bounded copy of that hash for the
// words met, found by a hash of the word's characters in small flat arrays; wink-lexicon.ts keeps it equal to wink's
// for every word it holds, setting each row wink learns or forgets. Speed only, never a result.

/** What RowIndex.get answers for a word it does not hold. */
export const UNCACHED = -2;
/** The row held for a word wink's hash does not have. */
export const ABSENT = -1;

/** The hash RowIndex files a word under: every character, as lib/news/word-table.ts hashes. */
export function rowHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** Word → row (or ABSENT), for the words met: open addressing by rowHash, bounded, cleared when full. */
export class RowIndex {
  private readonly mask: number;
  /** A share of the slots, never all: in a full table the probe for a new word never ends; below two-thirds it stays short. */
  private readonly max: number;
  private readonly hashes: Int32Array;
  /**
   * undefined marks a free slot, and a slot's hash is compared before its word: a probe reads no word whose hash
   * differs (comparing a word with "" reads it, and the words are scattered through the heap).
   */
  private readonly words: (string | undefined)[];
  private readonly rows: Int32Array;
  private count = 0;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.max = Math.floor((1 << bits) * 0.6);
    this.hashes = new Int32Array(1 << bits);
    this.words = new Array<string | undefined>(1 << bits).fill(undefined);
    this.rows = new Int32Array(1 << bits);
  }

  /** The row held for `text` (whose rowHash is `hash`), ABSENT, or UNCACHED if the word is not held. */
  get(text: string, hash: number): number {
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (let w = this.words[slot]; w !== undefined; w = this.words[slot]) {
      if (this.hashes[slot] === hash && w === text) return this.rows[slot]!;
      slot = (slot + 1) & this.mask;
    }
    return UNCACHED;
  }

  /** Holds `row` (or ABSENT) for `text`, in place of what was held. Past the bound every word is let go first. */
  set(text: string, hash: number, row: number): void {
    const home = (hash ^ (hash >>> 15)) & this.mask;
    let slot = home;
    for (let w = this.words[slot]; w !== undefined; w = this.words[slot]) {
      if (this.hashes[slot] === hash && w === text) {
        this.rows[slot] = row;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    // The empty string was the free slot's mark, and is still never held: wink never looks it up (the tokenizer skips
    // empty pieces).
    if (text === "") return;
    if (this.count >= this.max) {
      this.words.fill(undefined);
      this.count = 0;
      slot = home;
    }
    this.words[slot] = text;
    this.hashes[slot] = hash;
    this.rows[slot] = row;
    this.count++;
  }
}
