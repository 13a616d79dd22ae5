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

/** A free slot's row: never a row held (rows are 0 or more, ABSENT, or UNCACHED while wink enters a word). */
const FREE = -3;

/** Word → row (or ABSENT), for the words met: open addressing by rowHash, bounded, cleared when full. */
export class RowIndex {
  private readonly mask: number;
  /** A share of the slots, never all: in a full table the probe for a new word never ends; below two-thirds it stays short. */
  private readonly max: number;
  /**
   * Each slot's hash and row side by side (FREE marks a free slot), so a probe reads one line of the processor's cache
   * for what were three (the word, to tell a free slot; the hash; the row), and reads the word, scattered through the
   * heap, only when the hash matches.
   */
  private readonly slots: Int32Array;
  private readonly words: (string | undefined)[];
  private count = 0;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.max = Math.floor((1 << bits) * 0.6);
    this.slots = new Int32Array(2 << bits).fill(FREE);
    this.words = new Array<string | undefined>(1 << bits).fill(undefined);
  }

  /** The row held for `text` (whose rowHash is `hash`), ABSENT, or UNCACHED if the word is not held. */
  get(text: string, hash: number): number {
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (let row = this.slots[2 * slot + 1]!; row !== FREE; row = this.slots[2 * slot + 1]!) {
      if (this.slots[2 * slot] === hash && this.words[slot] === text) return row;
      slot = (slot + 1) & this.mask;
    }
    return UNCACHED;
  }

  /** Holds `row` (or ABSENT) for `text`, in place of what was held. Past the bound every word is let go first. */
  set(text: string, hash: number, row: number): void {
    const home = (hash ^ (hash >>> 15)) & this.mask;
    let slot = home;
    while (this.slots[2 * slot + 1] !== FREE) {
      if (this.slots[2 * slot] === hash && this.words[slot] === text) {
        this.slots[2 * slot + 1] = row;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    // The empty string is never held (it was the free slot's mark once): wink never looks it up (the tokenizer skips
    // empty pieces).
    if (text === "") return;
    if (this.count >= this.max) {
      this.slots.fill(FREE);
      this.words.fill(undefined);
      this.count = 0;
      slot = home;
    }
    this.words[slot] = text;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = row;
    this.count++;
  }
}
