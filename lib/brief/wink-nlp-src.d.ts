// The modules of wink-nlp 2.4 (CommonJS, untyped) that lib/brief/figures/language/wink-read.ts builds its sentence reader from,
// typed for what it calls. package-lock.json pins the version these internals are read from.

declare module "wink-nlp/src/cache.js" {
  /** wink's lexicon: the model's words and the words it learns, each a row of packed features (src/cache.js). */
  export interface Cache {
    /** Learns `text` under the token category if the lexicon has it not, with its lowercase form; its row's index. */
    add(text: string, category: number): number;
    /** The word's row (a contraction's expansions for some of the model's own words), or null if the lexicon has it not. */
    lookup(text: string): number[] | null;
    /** How many rows are the model's own; rows past them were learned. */
    intrinsicSize(): number;
    /** A row's word. */
    value(row: number): string;
    /** The row of a row's lowercase form, after the model's spelling map. */
    normal(row: number): number;
    /** The row of a contraction expansion's lowercase form, from the token's packed preceding-spaces field. */
    nox(field: number): number;
    /** A row's most likely tag (its index in the `pos` feature). */
    posOf(row: number): number;
    /** The row of the spelling the model maps a row to (itself if none). */
    mappedSpelling(row: number): number;
    /** A packed feature of a row ("posHint", "lexemeCID", …). */
    property(row: number, name: string): number;
    /** Whether the word of row `row` may take the tag. */
    isMemberPOS(row: number, tag: number): boolean;
  }
  const cache: (core: unknown, featureFn: unknown) => Cache;
  export default cache;
}

declare module "wink-nlp/src/compile-trex.js" {
  /** The tokenizer's regular expressions, compiled from the model's `trex`. */
  const compileTRex: (trex: unknown) => unknown;
  export default compileTRex;
}

declare module "wink-nlp/src/tokenizer.js" {
  /** What the tokenizer adds a sentence's tokens through (src/dd-wrapper.js's methods of these names). */
  export interface TokenSink {
    /** Learns the word if new and adds it as a token; true. */
    _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
    /** Adds the word as a token (a contraction as its expansions) if the lexicon has it: 0 if not, else non-zero. */
    _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
    /** The lexicon's answer for the word (cache `lookup`), read for truth. */
    isLexeme(text: string): number[] | null;
  }
  /** A tokenizer for the compiled expressions, token categories and preserved affixes: adds `text`'s tokens to `sink`. */
  const tokenizer: (trex: unknown, categories: Record<string, number>, preserve: unknown) => (sink: TokenSink, text: string) => void;
  export default tokenizer;
}
