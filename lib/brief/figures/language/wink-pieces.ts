import type { Cache } from "wink-nlp/src/cache.js";
import type { TokenSink } from "wink-nlp/src/tokenizer.js";
import { asciiKey, WordTable, wordHash } from "#news/word-table.ts";

// wink-nlp's tokenizer (src/tokenizer.js) cuts a sentence at runs of spaces and line breaks and tokenizes each piece
// alone: a word it has, else through regular expressions and a recursive splitter, asking the lexicon at each step
// whether it has a word and adding the tokens it settles on. That was two thirds of tagging a sentence, for pieces met
// again and again ("the", "said,", "2015."). What the tokenizer does with a piece is fixed by the piece and the
// lexicon's answers alone (each answer read only as "has it" or not: no other state, no look-ahead), so the first time
// a piece is met its steps are recorded, and later they are replayed: the look-ups asked again, the words added again
// in order. A step whose answer never changes (a word of the model's own) is not asked again, so a piece of the model's
// words is replayed as its tokens. A replay whose look-ups answer otherwise (a word this reading learned is now had)
// runs the tokenizer instead. The tokens are wink's own: scripts/wink-read-identity.ts compares every sentence of the
// eval sets with wink's reading. Speed only, never a result.

/** What the tokenizer asked of the sink. */
const IF_CACHED = 0;
const IS_LEXEME = 1;
const ADD = 2;

interface Step {
  kind: typeof IF_CACHED | typeof IS_LEXEME | typeof ADD;
  text: string;
  /** An add's token category. */
  category: number;
  /** A look-up the lexicon answered "has it not". */
  absent: boolean;
  /** The answer that never changes: a look-up of a word of the model's own, an add of one whose lowercase form is too. */
  fixed: readonly number[] | undefined;
}

/** A piece as the tokenizer handled it. */
interface Piece {
  text: string;
  steps: readonly Step[];
  /** When every step is fixed: its tokens, as (row, expansion, packed) triples. */
  tokens: readonly number[] | undefined;
  /**
   * Where each token starts and ends in the piece when their words follow one another through it exactly (as the
   * tokens of a replay that takes the recorded course: its adds and look-ups are of the same words); else undefined.
   */
  offsets: readonly number[] | undefined;
  /** When the piece is one word of the model's own, its row (most pieces: the table keeps the row instead, see `pieces`); else −1. */
  row: number;
}

const NO_PIECE: Piece = { text: "", steps: [], tokens: [], offsets: undefined, row: -1 };

/** A sentence's tokens as wink's tokenizer adds them, by token: its row, its expansion pointer field, its packed lemma and tag. */
export interface SentenceTokens {
  count: number;
  rows: number[];
  /**
   * A contraction expansion's pointer to its lowercase form, shifted as wink packs it beside the preceding spaces (0 for
   * any other token). The spaces are left out: nothing read from a token here depends on them.
   */
  expansions: number[];
  /** A contraction expansion's lemma and tag, packed; 0 for any other token (its tag is looked up). */
  packed: number[];
  /**
   * Where the token's word is in the sentence, when it is known to be exactly the text there (a piece of the model's
   * words whose words follow one another through it): its start and end offsets, else −1 for both. pos.ts places the
   * token there without searching for its word (see tagTokens).
   */
  starts: number[];
  ends: number[];
}

/** wink's expansion pointer sits above the 16 bits of preceding spaces (src/constants.js bits4PrecedingSpace). */
const EXPANSION_SHIFT = 16;
/** wink's packed tag sits above 20 bits of lemma (src/constants.js bits4lemma). */
export const LEMMA_BITS = 20;
/** What `_addTokenIfInCache` answers for a word the lexicon has not (src/constants.js UNK), and for one it has. */
const UNK = 0;
const ADDED = 99;

/** The pieces met: 2^16 slots, 39,000 pieces before it starts afresh, behind 2^12 recent ones. */
const TABLE_BITS = 16;
const HOT_BITS = 12;

// The tokenizer's split (the model's trex.helpers.splitter): runs of these spaces, and runs of line breaks and tabs.
// A run of spaces only sets the next token's preceding spaces; a run of line breaks is a piece like any other.
export const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 9;

// A contraction's answer holds four numbers an expansion: its row, its lowercase form's pointer, its lemma, its tag.
const expansionOf = (answer: readonly number[], k: number): number => answer[k + 1]! << EXPANSION_SHIFT;
const packedOf = (answer: readonly number[], k: number): number => answer[k + 2]! | (answer[k + 3]! << LEMMA_BITS);

/** A look-up's answer (or an add's row) as (row, expansion, packed) triples appended to `out`. */
function tokensOf(answer: readonly number[], out: number[]): void {
  if (answer.length === 1) out.push(answer[0]!, 0, 0);
  else for (let k = 0; k < answer.length; k += 4) out.push(answer[k]!, expansionOf(answer, k), packedOf(answer, k));
}

/**
 * Places `word` where the last placed word of `offsets` ends (the piece's start for none), adding its start and end;
 * false if the piece does not go on with it. A module function, not a closure in tiling: the Lambda bundle (esbuild's
 * keepNames) names each closure as it is made, a property write that cost more than the placing.
 */
function placeWord(text: string, word: string | undefined, offsets: number[]): boolean {
  const at = offsets.length === 0 ? 0 : offsets[offsets.length - 1]!;
  if (word === undefined || !text.startsWith(word, at)) return false;
  offsets.push(at, at + word.length);
  return true;
}

/** Tokenizes sentences as wink's tokenizer does, into `tokens`, replaying the pieces met before. */
export class PieceTokenizer implements TokenSink {
  readonly tokens: SentenceTokens = { count: 0, rows: [], expansions: [], packed: [], starts: [], ends: [] };
  /**
   * Each piece met: a piece that is one word of the model's own as its row (most pieces), any other as what the
   * tokenizer did with it. The row is held in the table itself, so replaying such a piece reads no object (reading the
   * piece's row from its object, scattered through the heap, was a tenth of tagging a sentence).
   */
  private readonly pieces = new WordTable<number | Piece>(TABLE_BITS, HOT_BITS, (text) => this.kept(this.record(text)), NO_PIECE);
  /** The steps of the piece being recorded, or undefined. */
  private recording: Step[] | undefined;
  /** Whether the last piece looked up was just recorded (its tokens added as it was). */
  private justRecorded = false;
  private readonly answers: (readonly number[] | null)[] = [];

  /** `tokenize` is wink's tokenizer; `hash` wink's lexeme hash, whose words below `own` are the model's own; `words` its words by row. */
  constructor(
    private readonly cache: Cache,
    private readonly tokenize: (sink: TokenSink, text: string) => void,
    private readonly hash: Readonly<Record<string, number>>,
    private readonly own: number,
    private readonly words: readonly string[],
  ) {}

  /** The sentence's tokens into `tokens`. */
  read(text: string): void {
    this.tokens.count = 0;
    const n = text.length;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const start = i;
      const lineBreaks = isBreak(c);
      let hash = 0;
      // The piece's codes for its key in the table (lib/news/word-table.ts asciiKey), while it is all ASCII.
      let codes = 0;
      let ascii = true;
      do {
        const d = text.charCodeAt(i++);
        hash = wordHash(hash, d);
        codes = codes * 128 + d;
        ascii &&= d < 128;
      } while (i < n && (lineBreaks ? isBreak(text.charCodeAt(i)) : !isSpace(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i))));
      this.justRecorded = false;
      const piece = this.pieces.get(text, start, i, hash, ascii ? asciiKey(codes, i - start) : 0);
      if (this.justRecorded) continue;
      // A piece kept as a row is that row's word exactly (record), so the token is the piece.
      if (typeof piece === "number") this.push(piece, 0, 0, start, i);
      else this.replay(piece, start);
    }
  }

  /** What the table keeps of a piece: its row when it is one word of the model's own, else the piece. */
  private kept(piece: Piece): number | Piece {
    return piece.row >= 0 ? piece.row : piece;
  }

  /** Runs the tokenizer on a new piece, adding its tokens, and keeps what it did. */
  private record(text: string): Piece {
    this.justRecorded = true;
    this.recording = [];
    this.tokenize(this, text);
    const steps = this.recording;
    this.recording = undefined;
    const offsets = this.tiling(text, steps);
    const tokens: number[] = [];
    for (const step of steps) {
      if (step.fixed === undefined) return { text, steps, tokens: undefined, offsets, row: -1 };
      if (step.kind !== IS_LEXEME) tokensOf(step.fixed, tokens);
    }
    // Kept as its row only when the piece is that row's word exactly (the lexeme hash says so), so that the token's
    // place is the piece's.
    const one = tokens.length === 3 && tokens[1] === 0 && tokens[2] === 0 && this.hash[text] === tokens[0];
    return { text, steps, tokens, offsets, row: one ? tokens[0]! : -1 };
  }

  /**
   * Where each token the steps add starts and ends in the piece when their words follow one another through it from
   * its start; else undefined. An add's token is its word's row, a look-up's the row of the word looked up or a
   * contraction's expansions (the model's own rows, read here once).
   */
  private tiling(text: string, steps: readonly Step[]): number[] | undefined {
    const offsets: number[] = [];
    for (const step of steps) {
      if (step.kind === IS_LEXEME || (step.kind === IF_CACHED && step.absent)) continue;
      if (step.kind === IF_CACHED && step.fixed !== undefined && step.fixed.length > 1) {
        for (let k = 0; k < step.fixed.length; k += 4) if (!placeWord(text, this.words[step.fixed[k]!], offsets)) return undefined;
      } else if (!placeWord(text, step.text, offsets)) return undefined;
    }
    return offsets;
  }

  /** What the tokenizer did with the piece, again: its look-ups asked where they could answer otherwise, its adds made. */
  private replay(piece: Piece, start: number): void {
    if (piece.tokens !== undefined) {
      const t = piece.tokens;
      const o = piece.offsets;
      for (let k = 0; k < t.length; k += 3) {
        if (o === undefined) this.push(t[k]!, t[k + 1]!, t[k + 2]!);
        else this.push(t[k]!, t[k + 1]!, t[k + 2]!, start + o[(2 * k) / 3]!, start + o[(2 * k) / 3 + 1]!);
      }
      return;
    }
    // The look-ups asked now, before any of the piece's adds: an add changes the answer for its word and that word's
    // lowercase form only (wink-lexicon.ts `add`), to "has it", so a look-up that came after one in the tokenizer's run
    // answers the same now unless its word was not had yet, which answers otherwise. Answered otherwise, the run would
    // take another course: the tokenizer runs instead, nothing having been added yet.
    const steps = piece.steps;
    const answers = this.answers;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.kind === ADD) continue;
      const answer = step.fixed ?? this.cache.lookup(step.text);
      if ((answer === null) !== step.absent) {
        this.tokenize(this, piece.text);
        return;
      }
      answers[k] = answer;
    }
    const o = piece.offsets;
    let j = 0;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.kind === ADD) {
        const row = step.fixed?.[0] ?? this.cache.add(step.text, step.category);
        if (o === undefined) this.push(row, 0, 0);
        else this.push(row, 0, 0, start + o[2 * j]!, start + o[2 * j + 1]!);
        j++;
      } else if (step.kind === IF_CACHED && !step.absent) {
        const answer = answers[k]!;
        if (o === undefined) this.pushAnswer(answer);
        else if (answer.length === 1) this.push(answer[0]!, 0, 0, start + o[2 * j]!, start + o[2 * j + 1]!);
        else for (let a = 0; a < answer.length; a += 4) this.push(answer[a]!, expansionOf(answer, a), packedOf(answer, a), start + o[2 * (j + a / 4)]!, start + o[2 * (j + a / 4) + 1]!);
        j += answer.length === 1 ? 1 : answer.length / 4;
      }
    }
  }

  // The sink the tokenizer adds through (src/dd-wrapper.js), noting each step while a piece is recorded. Bound: the
  // recursive tokenizer calls them detached.

  readonly _addToken = (text: string, category: number): boolean => {
    const row = this.cache.add(text, category);
    this.push(row, 0, 0);
    if (this.recording !== undefined) {
      const normal = text.toLowerCase();
      const own = this.isOwn(text) && (normal === text || this.isOwn(normal));
      this.recording.push({ kind: ADD, text, category, absent: false, fixed: own ? [row] : undefined });
    }
    return true;
  };

  readonly _addTokenIfInCache = (text: string): number => {
    const answer = this.lookUp(IF_CACHED, text);
    if (answer === null) return UNK;
    this.pushAnswer(answer);
    return ADDED;
  };

  readonly isLexeme = (text: string): number[] | null => this.lookUp(IS_LEXEME, text);

  private lookUp(kind: typeof IF_CACHED | typeof IS_LEXEME, text: string): number[] | null {
    const answer = this.cache.lookup(text);
    if (this.recording !== undefined) {
      // A contraction's expansions (more than one row) are only ever the model's own; a learned word is one row past them.
      const fixed = answer !== null && (answer.length > 1 || answer[0]! < this.own) ? answer : undefined;
      this.recording.push({ kind, text, category: 0, absent: answer === null, fixed });
    }
    return answer;
  }

  private isOwn(word: string): boolean {
    const row = this.hash[word];
    return row !== undefined && row < this.own;
  }

  /** A look-up's answer as tokens (src/dd-wrapper.js `addTokenIfInCache`): the row, or each expansion's. */
  private pushAnswer(answer: readonly number[]): void {
    if (answer.length === 1) this.push(answer[0]!, 0, 0);
    else for (let k = 0; k < answer.length; k += 4) this.push(answer[k]!, expansionOf(answer, k), packedOf(answer, k));
  }

  private push(row: number, expansion: number, packed: number, start = -1, end = -1): void {
    const t = this.tokens;
    t.rows[t.count] = row;
    t.expansions[t.count] = expansion;
    t.packed[t.count] = packed;
    t.starts[t.count] = start;
    t.ends[t.count] = end;
    t.count++;
  }
}
