import { createRequire } from "node:module";
import makeCache, { type Cache } from "wink-nlp/src/cache.js";
import compileTRex from "wink-nlp/src/compile-trex.js";
import makeTokenizer from "wink-nlp/src/tokenizer.js";
import { compileMachine, type PatternMachine, recognize } from "#brief/figures/language/pos-patterns.ts";
import { LEMMA_BITS, PieceTokenizer } from "#brief/figures/language/wink-pieces.ts";
import { type BeginReading, hideLearned, type LexemeTable } from "#brief/figures/language/wink-lexicon.ts";

// A sentence's tokens and part-of-speech tags as wink-nlp 2.4 reads them with only its "pos" pipe (`readDoc(text)`,
// then `tokens().out(its.value)` and `out(its.pos)`), without the document wink builds around them: the same model
// tables and lexicon (src/cache.js), wink's own tokenizer (through wink-pieces.ts), then the pos pipe's steps
// (src/wink-nlp.js readDoc, src/tokens-mappers.js, the model's pos-updater.js and pos-setter.js) over plain arrays, the
// pattern machines by pos-patterns.ts. readDoc made a document object of some fifty closures a sentence and looked
// each token's features up afresh; here a row's features are looked up once (rows never change once made). Tagging a
// sentence costs about half what it did. scripts/wink-read-identity.ts compares every sentence of the eval sets with
// wink's own reading. Speed only, never a result.

/** The model's parts wink reads its tables from (wink-eng-lite-web-model 1.8, loaded below on the first tag). */
export interface WinkModel {
  core(): Core;
  featureFn: unknown;
  pos(): { machines: string[] };
}

interface Core {
  features: { lexeme: LexemeTable; pos: { list: string[] } };
  trex: unknown;
  tcat: { hash: Record<string, number> };
  preserve: unknown;
}

/** wink's packing of a token (src/constants.js): the tag's 6 bits above the lemma's (LEMMA_BITS), expansions above 16 bits of spaces. */
const POS_MASK = 0x3f00000;
const MAX_SPACES = 0xffff;
/** Where a row's lowercase form, most likely tag and tag hint sit among its ROW_STRIDE numbers (a fourth left free: a row in one line). */
const ROW_STRIDE = 4;
const NORMAL = 0;
const LIKELY_TAG = 1;
const HINT = 2;
/** The tag a word the model cannot tag gets (tokens-mappers.js: "Make UNK to NOUN"): NOUN. */
const NOUN = 8;

export interface WinkTags {
  values: string[];
  tags: string[];
}

/**
 * A sentence's tags with where each token is when that is known (WinkReader.readPlaced): its start and end offsets,
 * else −1 and its word in `values` (undefined where the place is known: the word is not read).
 */
export interface PlacedTags {
  values: (string | undefined)[];
  tags: string[];
  starts: number[];
  ends: number[];
}

/** Reads sentences as a wink-nlp instance with the "pos" pipe, each as if nothing had been read before (wink-lexicon.ts). */
export class WinkReader {
  private readonly cache: Cache;
  private readonly begin: BeginReading;
  private readonly tokenizer: PieceTokenizer;
  private readonly machines: PatternMachine[];
  private readonly tagNames: string[];
  private readonly words: string[];
  /** The tag automaton.js passes over (`keyLF`: the row of the model's out-of-vocabulary word). */
  private readonly skipped: number;
  /** How many rows the lexicon had when built: what it has learned since says when to build afresh. */
  private readonly built: number;
  // A row's lowercase form, most likely tag and tag hint, looked up on first need (−1 until then): a row's features
  // never change once made, and the model's own rows are fixed. The three side by side (ROW_STRIDE a row), so that a
  // token's row costs one line of the processor's cache, not three: a sentence's rows are scattered through the
  // model's 80,000 and more, so each was a miss.
  private rowFeatures = new Int32Array(0);
  // One sentence's scratch, grown as needed.
  private tokenNormals: number[] = [];
  private tokenTags: number[] = [];
  private tokenHints: number[] = [];
  private readonly matches: number[] = [];

  constructor(model: WinkModel) {
    // As src/wink-nlp.js `load` builds an instance: the model's tables, the lexicon over them, the tokenizer.
    const core = model.core();
    this.cache = makeCache(core, model.featureFn);
    this.skipped = this.cache.lookup(this.cache.value(0))![0]!;
    const lexemes = core.features.lexeme;
    this.words = lexemes.list;
    this.built = lexemes.list.length;
    this.begin = hideLearned(this.cache, lexemes);
    const tokenize = makeTokenizer(compileTRex(core.trex), core.tcat.hash, core.preserve);
    this.tokenizer = new PieceTokenizer(this.cache, tokenize, lexemes.hash, this.cache.intrinsicSize(), lexemes.list);
    this.machines = model.pos().machines.map((json) => compileMachine(json, this.skipped));
    this.tagNames = core.features.pos.list;
    this.grow(this.words.length);
  }

  /** How many words readings have learned (and hidden) since this reader was built. */
  learned(): number {
    return this.words.length - this.built;
  }

  /** The sentence's tokens and tags, read as if nothing had been read before. */
  read(text: string): WinkTags {
    const n = this.tag(text);
    const tokens = this.tokenizer.tokens;
    const values = new Array<string>(n);
    const names = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      values[i] = this.words[tokens.rows[i]!]!;
      names[i] = this.tagName(i);
    }
    return { values, tags: names };
  }

  /**
   * The sentence's tags as `read` gives them, with each token's place where the tokenizer knows it (wink-pieces.ts);
   * a token's word is read from the model only where it does not: the words are scattered through its 80,000 and
   * more, a miss of the processor's cache each.
   */
  readPlaced(text: string): PlacedTags {
    const n = this.tag(text);
    const tokens = this.tokenizer.tokens;
    const values = new Array<string | undefined>(n);
    const names = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      if (tokens.starts[i]! < 0) values[i] = this.words[tokens.rows[i]!]!;
      names[i] = this.tagName(i);
    }
    return { values, tags: names, starts: tokens.starts.slice(0, n), ends: tokens.ends.slice(0, n) };
  }

  /** pos-setter.js packs the tag into a token that has none; its.pos reads the tag's name. */
  private tagName(i: number): string {
    const packed = this.tokenizer.tokens.packed[i] === 0 ? this.tokenTags[i]! << LEMMA_BITS : this.tokenizer.tokens.packed[i]!;
    return this.tagNames[(packed & POS_MASK) >>> LEMMA_BITS]!;
  }

  /** Tokenizes and tags the sentence into the scratch arrays (tokenTags) as if nothing had been read before; its token count. */
  private tag(text: string): number {
    this.begin();
    const tokens = this.tokenizer.tokens;
    this.tokenizer.read(text);
    const n = tokens.count;
    if (this.words.length * ROW_STRIDE > this.rowFeatures.length) this.grow(this.words.length * 2);
    const { cache, tokenNormals: normals, tokenTags: tags, tokenHints: hints } = this;
    // tokens-mappers.js: each token's lowercase form (an expansion's own) and most likely tag (an expansion's packed
    // one); the model's transformer: each token's hint.
    for (let i = 0; i < n; i++) {
      const row = tokens.rows[i]!;
      const expansion = tokens.expansions[i]!;
      const packed = tokens.packed[i]!;
      normals[i] = expansion > MAX_SPACES ? cache.nox(expansion) : this.normalOf(row);
      tags[i] = packed === 0 ? this.likelyTagOf(row) : (packed & POS_MASK) >>> LEMMA_BITS;
      hints[i] = this.hintOf(row);
    }
    // The pos pipe: each machine over the tags as the one before left them (pos-updater.js after each).
    for (const machine of this.machines) {
      recognize(machine, tags, hints, n, this.skipped, this.matches);
      for (let k = 0; k < this.matches.length; k += 2) {
        const at = this.matches[k]!;
        const tag = this.matches[k + 1]!;
        if (tag < 0) tags[at] = Math.abs(tag);
        else if (cache.isMemberPOS(normals[at]!, tag)) tags[at] = tag;
      }
    }
    return n;
  }

  private normalOf(row: number): number {
    const at = row * ROW_STRIDE + NORMAL;
    let normal = this.rowFeatures[at]!;
    if (normal < 0) normal = this.rowFeatures[at] = this.cache.normal(row);
    return normal;
  }

  private likelyTagOf(row: number): number {
    const at = row * ROW_STRIDE + LIKELY_TAG;
    let tag = this.rowFeatures[at]!;
    if (tag < 0) tag = this.rowFeatures[at] = this.cache.posOf(this.cache.mappedSpelling(row)) || NOUN;
    return tag;
  }

  private hintOf(row: number): number {
    const at = row * ROW_STRIDE + HINT;
    let hint = this.rowFeatures[at]!;
    if (hint < 0) hint = this.rowFeatures[at] = this.cache.property(row, "posHint");
    return hint;
  }

  /** Room for `rows` rows in the per-row look-ups, keeping what they hold. */
  private grow(rows: number): void {
    const grown = new Int32Array(rows * ROW_STRIDE).fill(-1);
    grown.set(this.rowFeatures);
    this.rowFeatures = grown;
  }
}

const load = createRequire(import.meta.url);

/**
 * A reader of wink-eng-lite-web-model, loaded by a require esbuild cannot follow: the model is 3.8 MB of the Slack
 * bundle's would-be 4.4 MB, so it is not bundled but installed into the function's node_modules (infra/bundle.ts). A
 * cold start that answers a /brief without numbers never loads it.
 */
export function loadWinkReader(): WinkReader {
  return new WinkReader(load("wink-eng-lite-web-model") as WinkModel);
}
