import { stemmer } from "stemmer";
import { Numbering, withRoom } from "#news/numbering.ts";
import { forgetTokens, STOPWORDS, type TokenSink } from "#news/terms.ts";
import { asciiKey, WordTable, wordHash } from "#news/word-table.ts";

// The word model's tokens (lib/brief/word-importance.ts): each run of [A-Za-z0-9], as the ROUGE scorer splits, found by
// a character scan and looked up in caches, so that the lowercasing, the stopword test and the stemmer run once a
// distinct token and the article's words are numbered without a Map look-up a token. Speed only, never a result.
//
// A token's entry is one small integer (its stem's number and whether it holds a digit) and a stem's scratch fields are
// typed arrays indexed by that number: every word of every sentence is read here, and an object a token and another a
// stem cost a trip to memory each (the profile had those two reads at half of scanWords' time).

/** A distinct content stem's number: every token that stems to it ("Budget", "budget", "budgets") shares it. */
export type Stem = number;

/** Every stem met, by its number, and each stem's number. */
const stems = new Numbering();
const stemNames = stems.names;

/** Past this many stems both caches start afresh, between articles (all tokens of one article must share its stems). */
const STEMS_MAX = 50_000;
/**
 * articleWords' scratch, by stem: at 2·stem the article being measured when it was last numbered there (beginArticle),
 * at 2·stem + 1 its id in that article, so a word is numbered by an array read instead of a Map look-up a token. Side
 * by side in one array: stems are scattered through tens of thousands, and a token's two reads are then one line of
 * the processor's cache, not two (grown as stems are numbered).
 */
export let stemSlots = new Int32Array(2048);

/** A stopword's entry: no stem (the digit bit set beside it for a token that holds one). */
const STOPWORD = -2;

/**
 * What a token (as written) is to the model: its stem's number × 2 (or STOPWORD), + 1 when it holds a digit. A function
 * of the token lowercased, so lib/news/terms.ts may keep it beside the term of the same word (TokenSink).
 */
function tokenOf(raw: string): number {
  const lower = raw.toLowerCase();
  let digit = 0;
  for (let i = 0; i < raw.length && digit === 0; i++) digit = raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57 ? 1 : 0;
  if (STOPWORDS.has(lower)) return STOPWORD + digit;
  const stem = lower.length > 3 ? stemmer(lower) : lower;
  const number = stems.numberOf(stem);
  stemSlots = withRoom(stemSlots, 2 * number + 2);
  return number * 2 + digit;
}

/** A stem's text. */
export const stemName = (stem: Stem): string => stemNames[stem]!;

// Every word of every brief passes here: each distinct token (as written) is made once and found again in place in
// the text (lib/news/word-table.ts).
const TOKEN_TABLE_BITS = 16;
let tokens = new WordTable<number>(TOKEN_TABLE_BITS, 12, tokenOf, STOPWORD);
/** Numbers the articles measured, for the stems' scratch fields. */
let articles = 0;

/**
 * The number of a new article for the stems' scratch fields. Past STEMS_MAX stems both caches start afresh here, never
 * within an article: a token cached before the restart and a new token of the same stem would get two numbers.
 */
export function beginArticle(): number {
  if (stemNames.length > STEMS_MAX) {
    stems.clear();
    stemSlots.fill(0);
    tokens = new WordTable<number>(TOKEN_TABLE_BITS, 12, tokenOf, STOPWORD);
    // The tokens lib/news/terms.ts keeps beside its terms are this numbering's.
    forgetTokens();
  }
  return ++articles;
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The content words of an article's texts (each run of [A-Za-z0-9], as the ROUGE scorer splits), in order, in lists
 * over all its texts: text t's are at offsets[t] … offsets[t + 1]. Filled by a TokenSink's calls, from lib/news/terms.ts
 * articleTerms' scan or from `scanTexts`; the lists are reused from article to article, so may be longer than `count`.
 */
export class ArticleTokens implements TokenSink {
  /** The article's number for the stems' scratch fields (beginArticle). */
  article = 0;
  count = 0;
  readonly offsets: number[] = [];
  readonly words: Stem[] = [];
  /** 1 when the token holds a digit. */
  readonly digit: number[] = [];
  /** 1 when it is capitalised (an ASCII capital first). */
  readonly capital: number[] = [];
  /** 1 when it opens its text (even after a stopword it is not: the first token, content or not). */
  readonly initial: number[] = [];
  /** Its length. */
  readonly letters: number[] = [];
  /** The tokens met so far in the text being scanned, content or not. */
  private position = 0;

  begin(): void {
    this.article = beginArticle();
    this.count = 0;
    this.offsets.length = 0;
  }

  startText(): void {
    this.offsets.push(this.count);
    this.position = 0;
  }

  end(): void {
    this.offsets.push(this.count);
  }

  tokenOf(lower: string): number {
    return tokenOf(lower);
  }

  // Scanned by character codes: no match object a word, and no call a character.
  runs(text: string, from: number, to: number): number {
    const n = text.length;
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0;
      let codes = 0;
      do {
        hash = wordHash(hash, c);
        codes = codes * 128 + c;
        c = text.charCodeAt(++i);
      } while (i < n && isWordChar(c));
      this.add(text, start, i, tokens.get(text, start, i, hash, asciiKey(codes, i - start)));
    }
    return i;
  }

  /** Records the token text[start, end) (its entry from tokenOf): a content word's, or only its place for a stopword. */
  add(text: string, start: number, end: number, token: number): void {
    if (token >= 0) {
      const first = text.charCodeAt(start);
      const k = this.count++;
      this.words[k] = token >> 1;
      this.digit[k] = token & 1;
      this.capital[k] = first >= 65 && first <= 90 ? 1 : 0;
      this.initial[k] = this.position === 0 ? 1 : 0;
      this.letters[k] = end - start;
    }
    this.position++;
  }

  /** Reads the texts on its own (no articleTerms scan to share) as one article. */
  scanTexts(texts: readonly string[]): void {
    this.begin();
    for (const text of texts) {
      this.startText();
      this.runs(text, 0, text.length);
    }
    this.end();
  }
}
