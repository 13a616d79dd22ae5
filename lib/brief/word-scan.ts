import { stemmer } from "stemmer";
import { STOPWORDS } from "#news/terms.ts";
import { WordTable, wordHash } from "#news/word-table.ts";

// The word model's tokens (lib/brief/word-importance.ts): each run of [A-Za-z0-9], as the ROUGE scorer splits, found by
// a character scan and looked up in caches, so that the lowercasing, the stopword test and the stemmer run once a
// distinct token and the article's words are numbered without a Map look-up a token. Speed only, never a result.

/**
 * A distinct content stem, shared by every token that stems to it ("Budget", "budget", "budgets"). `article` and `id`
 * are articleWords' scratch: the stem's id in the article being measured, valid while `article` is that article's
 * number (beginArticle), so a word is numbered by a field read instead of a Map look-up a token.
 */
export interface Stem {
  stem: string;
  article: number;
  id: number;
  /** The article whose headline holds it (same numbering). */
  headline: number;
}

/** A token (as written): its content stem (undefined for a stopword) and whether it holds a digit. */
interface Token {
  word: Stem | undefined;
  digit: boolean;
}

/** Every stem met, so that all tokens of a stem share one Stem. */
const stems = new Map<string, Stem>();

/** What a token (as written) is to the model: its lowercase stem unless a stopword, and whether it holds a digit. */
function tokenOf(raw: string): Token {
  const lower = raw.toLowerCase();
  let digit = false;
  for (let i = 0; i < raw.length && !digit; i++) digit = raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57;
  if (STOPWORDS.has(lower)) return { word: undefined, digit };
  const stem = lower.length > 3 ? stemmer(lower) : lower;
  let word = stems.get(stem);
  if (word === undefined) {
    word = { stem, article: 0, id: 0, headline: 0 };
    stems.set(stem, word);
  }
  return { word, digit };
}

// Every word of every brief passes here: each distinct token (as written) is made once and found again in place in
// the text (lib/news/word-table.ts).
const TOKEN_TABLE_BITS = 16;
let tokens = new WordTable<Token>(TOKEN_TABLE_BITS, 12, tokenOf, { word: undefined, digit: false });
/** Past this many stems both caches start afresh, between articles (all tokens of one article must share its stems). */
const STEMS_MAX = 50_000;
/** Numbers the articles measured, for Stem's scratch fields. */
let articles = 0;

/**
 * The number of a new article for Stem's scratch fields. Past STEMS_MAX stems both caches start afresh here, never
 * within an article: a token cached before the restart and a new token of the same stem would get two Stems.
 */
export function beginArticle(): number {
  if (stems.size > STEMS_MAX) {
    stems.clear();
    tokens = new WordTable<Token>(TOKEN_TABLE_BITS, 12, tokenOf, { word: undefined, digit: false });
  }
  return ++articles;
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What scanWords found: the content words of the text, in order, and what each occurrence is. */
export interface Scanned {
  /** How many of the lists' entries are this text's: the lists are reused from text to text, so may be longer. */
  count: number;
  words: Stem[];
  /** 1 when the token holds a digit. */
  digit: number[];
  /** 1 when it is capitalised (an ASCII capital first). */
  capital: number[];
  /** 1 when it opens the text (even after a stopword it is not: the first token, content or not). */
  initial: number[];
  /** Its length. */
  letters: number[];
}

/**
 * The content words of a text (each run of [A-Za-z0-9], as the ROUGE scorer splits), written into `out` from index 0.
 * Scanned by character codes: no match object a word, and no call a word (a callback here ran at two speeds from one
 * process to the next, as the compiler did or did not inline it).
 */
export function scanWords(text: string, out: Scanned): void {
  let position = 0;
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    do {
      hash = wordHash(hash, c);
      c = text.charCodeAt(++i);
    } while (i < n && isWordChar(c));
    const token = tokens.get(text, start, i, hash);
    if (token.word !== undefined) {
      const first = text.charCodeAt(start);
      out.words[count] = token.word;
      out.digit[count] = token.digit ? 1 : 0;
      out.capital[count] = first >= 65 && first <= 90 ? 1 : 0;
      out.initial[count] = position === 0 ? 1 : 0;
      out.letters[count] = i - start;
      count++;
    }
    position++;
  }
  out.count = count;
}
