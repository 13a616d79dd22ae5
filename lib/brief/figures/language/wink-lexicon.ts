// Reading each sentence as if nothing had been read before (pos.ts), without learning every unknown word afresh.
//
// wink-nlp learns each word its model does not know into its lexicon (a row of features, found through a hash of the
// word), and a word it knows is tokenized and tagged differently, so pos.ts must read every sentence against the
// model's own lexicon alone. Forgetting what each reading learned did that, but made wink learn the same words again in
// every sentence: about a third of the tagger's time (hash look-ups and inserts in an 87,000-word table, and features),
// which is a quarter of a brief's. Here what a reading learned is kept but hidden: a later reading neither finds nor
// tokenizes by it, exactly as if it had been forgotten, and when wink would learn the same word again with the same
// features the kept row is shown again instead of a copy being made. A row's features are a function of the word,
// the token category it was learned under and the row its lowercase form ("normal") points to (wink-nlp 2.4
// src/cache.js `add`), so a row is shown again only when all three are what learning it now would give; anything
// else is learned afresh as before. Speed only: the tags are those of a pristine reading (test/figures-tag-order.test.ts).
//
// Only lexeme rows are hidden: a learned word's prefix, suffix and shape (its first 2 and last 3 letters, "Xxxxx")
// are appended to wink's feature tables when new and kept, so a value a later reading meets first may sit at another
// index than in a pristine tagger. That cannot change a tag, by how wink-nlp 2.4 tags (src/wink-nlp.js, the "pos"
// pipe): each token starts as its row's packed `pos` field (tokens-mappers.js `mapRawTokens2UIdOfDefaultPOS`,
// cache.js `posOf`), and pattern automata over those tag ids (automaton.js `recognize`), the model's `posHint`
// transformer and `isMemberPOS` (via `lexemeCID`) then revise it. None reads the prefix, suffix or shape fields; there
// is no statistical model with weights per feature value. A learned row's `pos` is stored as a value, not an index
// (layout `pos` [1, …, 26, 1, 1, 1]), computed by the model's feature.js `pos` from the word's own letters (its last
// 2–4 and first 2–5 against fixed suffix and prefix lists), its token category and whether its lowercase form is one
// of the model's own words: nothing an earlier reading appended. `posHint` and `lexemeCID` are not extractable, so a
// learned row reads 0 for both (cache.js `property`). Even a table grown past its packing width (prefix 8,191, shape
// 16,383 values) would spill only into the suffix, isAbbrev and lexemeCID bits, none of which a learned row's tag
// reads; the shape's spill would reach the `pos` bits only past 2^24 values, and pos.ts rebuilds the tagger after
// 200,000 learned rows (REBUILD_AFTER), each adding at most one value to each table. test/figures-tag-order.test.ts
// tags a sentence of new prefixes, suffixes and shapes in a fresh tagger and after another reading has shifted their
// indices.

import { ABSENT, RowIndex, rowHash, UNCACHED } from "#brief/figures/language/lexeme-rows.ts";

/** What of wink's cache (wink-nlp src/cache.js) a reading finds and learns words through. */
export interface WinkCache {
  /** Learns `text` under the token category if the lexicon has it not, with its lowercase form; its row's index. */
  add(text: string, category: number): number;
  /** The word's row (a contraction's expansions for some of the model's own words), or null if the lexicon has it not. */
  lookup(text: string): number[] | null;
  /** How many rows are the model's own; rows past them were learned. */
  intrinsicSize(): number;
}

/** wink's lexeme table: the word of each row, and each word's row. */
export interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

/**
 * The row index's size (lexeme-rows.ts): 2^16 slots, 39,000 words before it starts afresh, over the 25,700 distinct words
 * wink looks up in the bench's 1,214 stories (5,054 sentences tagged); small, so that it stays in the processor's cache.
 */
const INDEX_BITS = 16;

/** A row as the hash gives it: undefined for a word it has not. */
const known = (row: number): number | undefined => (row === ABSENT ? undefined : row);

/** Starts a reading: what earlier readings learned is hidden from it until it learns the same again. */
export type BeginReading = () => void;

/**
 * Replaces the cache's `add` and `lookup` (wink reads them from the cache object at every call) so that rows learned
 * before the current reading are hidden, and shown again when the reading would learn an identical row.
 */
export function hideLearned(cache: WinkCache, lexemes: LexemeTable, indexBits = INDEX_BITS): BeginReading {
  const learn = cache.add.bind(cache);
  const find = cache.lookup.bind(cache);
  const { hash, list } = lexemes;
  const own = cache.intrinsicSize();
  // The hash's rows of the words met (lexeme-rows.ts), set below wherever a row is learned or forgotten, so always the
  // hash's own answer; and whether each of the model's own rows is a contraction (1 no, 2 yes, 0 not yet asked), with a
  // contraction's expansions: the model's rows never change, so what wink's look-up answered for one holds.
  const rows = new RowIndex(indexBits);
  const shape = new Uint8Array(own);
  const expansions = new Map<number, number[]>();
  /** The hash's row of `text` (whose rowHash is `h`), or ABSENT. */
  const rowOf = (text: string, h: number): number => {
    let row = rows.get(text, h);
    if (row === UNCACHED) {
      row = hash[text] ?? ABSENT;
      rows.set(text, h, row);
    }
    return row;
  };
  // Per learned row (its index less `own`): the token category it was learned under, the row of its lowercase form,
  // and the last reading that showed it again.
  const categoryOf: number[] = [];
  const normalOf: number[] = [];
  const shownIn: number[] = [];
  let reading = 0;
  /** The first row learned by the current reading. */
  let start = list.length;

  const visible = (row: number | undefined): row is number => row !== undefined && (row < own || row >= start || shownIn[row - own] === reading);

  // What wink-nlp src/cache.js `lookup` answers (a fresh array, as it makes), for rows this reading may see: a word's
  // row, or for a contraction of the model's own its expansions (which start with a row of the model's own, always
  // visible), or null.
  cache.lookup = (text) => {
    const row = rowOf(text, rowHash(text));
    if (row === ABSENT) return null;
    if (row >= own) return visible(row) ? [row] : null;
    if (shape[row] === 0) {
      const found = find(text)!;
      shape[row] = found.length === 1 ? 1 : 2;
      if (found.length !== 1) expansions.set(row, found);
    }
    return shape[row] === 1 ? [row] : expansions.get(row)!.slice();
  };

  cache.add = (text, category) => {
    const normal = text.toLowerCase();
    const textHash = rowHash(text);
    const normalHash = normal === text ? textHash : rowHash(normal);
    const row = known(rowOf(text, textHash));
    const rowVisible = visible(row);
    const normalRow = normal === text ? row : known(rowOf(normal, normalHash));
    const normalVisible = normal === text ? rowVisible : visible(normalRow);
    // Both known to this reading: wink learns nothing and answers the word's row.
    if (rowVisible && normalVisible) return row;
    // A hidden row of the lowercase form serves if it was learned under this category: its row is the word's features
    // under it, pointing to itself, as learning it now would make.
    const showNormal = !normalVisible && normalRow !== undefined && categoryOf[normalRow - own] === category;
    // A hidden row of the word serves if learned under this category with the lowercase form this reading would use.
    const showRow = !rowVisible && row !== undefined && categoryOf[row - own] === category && normalOf[row - own] === normalRow && (normalVisible || showNormal);
    if (showNormal) shownIn[normalRow - own] = reading;
    if (showRow) shownIn[row - own] = reading;
    if ((rowVisible || showRow) && (normalVisible || showNormal)) return row!;
    // Otherwise what cannot be shown again is learned afresh: its hidden entry leaves the hash, so wink makes a new row.
    if (!rowVisible && !showRow && row !== undefined) delete hash[text];
    if (normal !== text && !normalVisible && !showNormal && normalRow !== undefined) delete hash[normal];
    // The hash's rows of these two change here, and wink enters them before it computes their features, which look
    // words up: until their rows are set below, the index sends them to the hash.
    rows.set(text, textHash, UNCACHED);
    if (normal !== text) rows.set(normal, normalHash, UNCACHED);
    const before = list.length;
    const learned = learn(text, category);
    for (let k = before; k < list.length; k++) {
      categoryOf[k - own] = category;
      normalOf[k - own] = k;
      rows.set(list[k]!, rowHash(list[k]!), k);
    }
    if (learned >= before) normalOf[learned - own] = rowOf(normal, normalHash);
    return learned;
  };

  return () => {
    reading++;
    start = list.length;
  };
}
