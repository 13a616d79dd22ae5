import sbd from "sbd";
import type { Article } from "#news/article.ts";
import { boilerplateReason, type BoilerplateReason, storyAfterBoilerplate } from "#news/boilerplate.ts";
import { aroundPrompt } from "#news/glued-prompt.ts";
import { sentenceSpans, type Span } from "#news/sentence-breaks.ts";
import { splitDecimalStops } from "#news/decimal-stop.ts";

/** One sentence of an article body, verbatim. */
export interface Sentence {
  /** Position in the article's sentence list, from 0: the explicit tie-break of every ranking. */
  index: number;
  /** Paragraph it comes from, from 0. */
  paragraph: number;
  /** Exact substring of that paragraph. */
  text: string;
}

// sbd knows the common ones; these are the newsroom's (military ranks, titles, US states, months).
const ABBREVIATIONS = [
  "Col", "Gen", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rev", "Hon", "Supt",
  "Insp", "Det", "Prof", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "No", "Nos", "Inc", "Ltd", "Co", "Corp", "Bros",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif",
  "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
  "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "vs", "approx", "est",
  "Ft", "Mt", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "etc", "Fig", "Op",
];

const ABBREVIATION_SET: ReadonlySet<string> = new Set(ABBREVIATIONS);

const OPTIONS = {
  newline_boundaries: true,
  preserve_whitespace: false,
  sanitize: false,
  allowed_tags: false,
  abbreviations: ABBREVIATIONS,
} as const;

// sbd's newline_boundaries option costs a pass of /\n+|[-#=_+*]{4,}/ over the paragraph (a replace that turns each match
// into its " @~@ " break marker) and drops that marker as a word. Without a match and without the marker in the text,
// both steps do nothing, so the option can be left off; a character scan decides that for a fraction of the cost.
const OPTIONS_WITHOUT_BREAKS = { ...OPTIONS, newline_boundaries: false } as const;
const isRuleChar = (c: number): boolean => c === 45 || c === 35 || c === 61 || c === 95 || c === 43 || c === 42; // - # = _ + *

/** Whether the paragraph holds what newline_boundaries acts on: a newline, a run of four of -#=_+*, or "@~@". */
export function hasBreakMarks(paragraph: string): boolean {
  // "@~@" is sbd's own marker: a paragraph that spells it out takes the option's path too.
  if (paragraph.includes("\n") || paragraph.includes("@~@")) return true;
  // Any run of four covers exactly one index i with i % 4 === 3, so only those are looked at, then the run around it.
  for (let i = 3; i < paragraph.length; i += 4) {
    if (!isRuleChar(paragraph.charCodeAt(i))) continue;
    let from = i;
    while (from > 0 && isRuleChar(paragraph.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < paragraph.length && isRuleChar(paragraph.charCodeAt(to))) to++;
    if (to - from >= 4) return true;
  }
  return false;
}

/** Where each sbd piece sits in the paragraph, so every sentence stays a verbatim substring. */
function locate(paragraph: string, pieces: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === "") continue;
    const at = paragraph.indexOf(piece, cursor);
    if (at >= 0) {
      spans.push({ start: at, end: at + piece.length });
      cursor = at + piece.length;
      continue;
    }
    // sbd changed the whitespace: find the piece with any whitespace between its words. (Matching only its last
    // 12 characters lost every sentence whose ending held a double space.)
    const words = piece.split(/\s+/).filter((word) => word !== "").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const flexible = new RegExp(words.join("\\s+"), "gu");
    flexible.lastIndex = cursor;
    const found = flexible.exec(paragraph);
    if (!found) continue;
    spans.push({ start: found.index, end: found.index + found[0].length });
    cursor = found.index + found[0].length;
  }
  return spans;
}

// Words that open sentences: after "the U.S." one of these starts a new sentence, a name ("Ministries") does not.
const OPENERS = new Set(
  ("A An The This That These Those It Its He She His Her They Their We Our I You Your But And Or So Yet If When While " +
    "After Before As At In On Of For From By With Without To Then There Here Now Some Many Most All Both Each One Two " +
    "Three No Not Only Also Still Even Although Though However Meanwhile Since Because Under Over Last Next Earlier Later")
    .split(" "),
);
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
const MAX_MERGED_WORDS = 80;

/**
 * False only where INITIALISM_END cannot match: it ends in a capital and a full stop, so the text's last character is
 * "." and the one before is A–Z or past ASCII (another capital, or the low half of one beyond the BMP).
 */
function mayEndInitialism(text: string): boolean {
  const c = text.charCodeAt(text.length - 2);
  return text.charCodeAt(text.length - 1) === 46 && ((c >= 65 && c <= 90) || c >= 128);
}

/** How often a global pattern (none matches the empty string) occurs, without building the array `match` would. */
function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}
// Single quotes (the Daily Mail's speech marks) open before a word and close after one; apostrophes sit inside words.
const OPENING_SINGLE = /(?:^|[\s(—-])['‘](?=[\p{L}\p{N}])/gu;
const CLOSING_SINGLE = /(?<=[\p{L}\p{N}.,!?])['’](?=$|[\s,.;:!?)—-])/gu;
const OPENING = /(?:^|[\s(—-])['‘"“](?=[\p{L}\p{N}])/u;

function charCount(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** More quotations opened than closed: the sentence goes on inside the quote. */
function openQuote(text: string): boolean {
  if (charCount(text, '"') % 2 === 1) return true;
  if (charCount(text, "“") > charCount(text, "”")) return true;
  // Both single-quote patterns need a quote mark; most sentences have none, and then both counts are 0.
  if (!text.includes("'") && !text.includes("‘") && !text.includes("’")) return false;
  // Most of those marks are apostrophes, which open nothing: the closing ones are counted only after an opening one.
  const opened = count(text, OPENING_SINGLE);
  return opened > 0 && opened > count(text, CLOSING_SINGLE);
}

// The patterns below are made once, not at each call: a pattern written in a function is a new object each time it runs.
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}'’-]+/u;
const OPENS_SMALL = /^\p{Ll}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

const words = (text: string) => count(text, WORD_RUN);

/**
 * WORD_RUN's matches in the text, counted only up to `cap` (past it, cap + 1): mergeSpans asks whether two pieces
 * hold at most MAX_MERGED_WORDS words between them, for every piece after an open quote, and a global `test` a word
 * (a pattern call and its match state each) was 2% of a brief. Counted by character codes, ASCII and the General
 * Punctuation block (curly quotes, dashes: none is a letter or number) without a pattern, the rest by code point
 * with LETTER_OR_NUMBER, as WORD_RUN's u flag reads it.
 */
function wordsUpTo(text: string, cap: number): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) {
      isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      i++;
    } else if (c >= 0x2000 && c <= 0x206f) {
      isWord = false;
      i++;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      isWord = LETTER_OR_NUMBER.test(ch);
      i += ch.length;
    }
    if (isWord && !inRun && ++n > cap) return n;
    inRun = isWord;
  }
  return n;
}

/** Whether both pieces hold at most MAX_MERGED_WORDS words together (words(a) + words(b) ≤ it, counted no further). */
function fewWords(a: string, b: string): boolean {
  const first = wordsUpTo(a, MAX_MERGED_WORDS);
  return first <= MAX_MERGED_WORDS && first + wordsUpTo(b, MAX_MERGED_WORDS - first) <= MAX_MERGED_WORDS;
}

/**
 * sbd's three known misreadings, repaired: a split after an initialism inside a name ("the W.O.R.D. | Ministries
 * Christian Center"), a split inside a quotation that runs over several sentences, and a piece that opens in lower
 * case (the rest of a sentence cut at an abbreviation sbd does not know).
 */
function mergeSpans(paragraph: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous) {
      const before = paragraph.slice(previous.start, previous.end);
      const next = paragraph.slice(span.start, span.end);
      // The next piece's first word is cut only after an initialism, and the unanchored pattern runs only on a piece
      // whose last two characters can end one (mayEndInitialism): most end in a small letter and a full stop.
      let name = false;
      if (mayEndInitialism(before) && INITIALISM_END.test(before)) {
        const firstWord = FIRST_WORD.exec(next)?.[0] ?? "";
        name = OPENS_CAPITAL.test(firstWord) && !OPENERS.has(firstWord);
      }
      // The quote test last: the other two are one anchored pattern each, it counts quote marks and words.
      if (name || OPENS_SMALL.test(next) || (openQuote(before) && fewWords(before, next))) {
        previous.end = span.end;
        continue;
      }
    }
    out.push({ ...span });
  }
  return out;
}

// A caption or pull quote glued to the next sentence where the page had a line break: "…is dreaming' On Wednesday, …".
export const GLUED = /(?<=[\p{L}\p{N}!?.,]['’"”]) (?=\p{Lu}[\p{Ll}]+\b)/gu;

/**
 * Whether GLUED can match at all: it needs a quote mark right before a space. Most sentences have none, and four
 * substring searches cost far less than running the look-behind pattern over every sentence of every brief.
 */
export function mayGlue(text: string): boolean {
  return text.includes("' ") || text.includes("’ ") || text.includes('" ') || text.includes("” ");
}

// A loop rather than flatMap (an array a span, then a copy of each): every sentence of every brief passes here, and
// mergeSpans' spans are its own, so one that cannot glue is kept as it is.
function splitGlued(paragraph: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const text = paragraph.slice(span.start, span.end);
    if (!mayGlue(text)) {
      out.push(span);
      continue;
    }
    let from = 0;
    for (const m of text.matchAll(GLUED)) {
      const left = text.slice(from, m.index);
      const right = text.slice(m.index + 1);
      // Only after a quotation that opened in this piece and is now closed: "the militants' Syrian stronghold" is a
      // possessive, not the end of a quote.
      if (OPENING.test(left) && !openQuote(left) && words(left) >= 6 && words(right) >= 6) {
        out.push({ start: span.start + from, end: span.start + m.index });
        from = m.index + 1;
      }
    }
    out.push({ start: span.start + from, end: span.end });
  }
  return out;
}

/**
 * Splits one paragraph into sentences with sbd (abbreviations, decimals, initials, quotes, ellipses), repairs its
 * misreadings, and returns verbatim substrings of the paragraph.
 */
export function splitSentences(paragraph: string): string[] {
  const breaks = hasBreakMarks(paragraph);
  // sbd's pieces read in place where they can be (lib/news/sentence-breaks.ts), else sbd's strings searched for.
  const pieces = (!breaks && sentenceSpans(paragraph, ABBREVIATION_SET)) || locate(paragraph, sbd.sentences(paragraph, breaks ? OPTIONS : OPTIONS_WITHOUT_BREAKS));
  // "rose 2.8%. A number of shops…": a one-digit decimal's closing stop, which sbd reads as an abbreviation's
  // (decimal-stop.ts).
  const spans = splitGlued(paragraph, mergeSpans(paragraph, splitDecimalStops(paragraph, pieces)));
  // A piece with no letter or digit ("|", "...", a lone quote mark) is a separator, not a sentence a bullet could use.
  return spans.map((s) => paragraph.slice(s.start, s.end).trim()).filter((p) => LETTER_OR_NUMBER.test(p));
}

/** A piece of the body that is not story (a caption, a credit, a promo…), and why: what `brief --explain` lists. */
export interface LeftOut {
  paragraph: number;
  text: string;
  reason: BoilerplateReason;
  /** How many story sentences come before it: where it sits in reading order (a fact box read by the card). */
  after: number;
}

/**
 * The article's story sentences, numbered in reading order, and the boilerplate left out of them. Ranking, Lead-3 and
 * key figures all read `sentences`, so none of them sees a caption or a "Read more" link.
 */
export function readSentences(article: Pick<Article, "paragraphs">): { sentences: Sentence[]; leftOut: LeftOut[] } {
  const sentences: Sentence[] = [];
  const leftOut: LeftOut[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const text of splitSentences(paragraph)) readPiece(text, p, sentences, leftOut);
  });
  // A body that is nothing but what the cleaner would drop ("a:", a lone caption) is still the story as filed: an
  // empty brief would tell the editor less than the text itself, so then nothing is left out.
  if (sentences.length === 0 && leftOut.length > 0) {
    return { sentences: leftOut.map((l, index) => ({ index, paragraph: l.paragraph, text: l.text })), leftOut: [] };
  }
  return { sentences, leftOut };
}

/**
 * One piece sbd split off paragraph `p`: a story sentence into `sentences`, boilerplate into `leftOut`. A module
 * function, not a closure in readSentences: the Lambda bundle (esbuild's keepNames) names each closure as it is made.
 */
function readPiece(text: string, p: number, sentences: Sentence[], leftOut: LeftOut[]): void {
  const reason = boilerplateReason(text);
  if (reason === undefined) {
    sentences.push({ index: sentences.length, paragraph: p, text });
    return;
  }
  // A caption with the story's next sentence glued after it: the caption goes, the sentence stays.
  const at = storyAfterBoilerplate(text);
  if (at === undefined) {
    // A scroll prompt glued to story sentences: the prompt goes, the text either side is split and read as its own.
    // Only a piece the scroll-prompt rule took: one furniture for another reason (an editor's note) goes whole.
    const around = reason === "scroll-prompt" ? aroundPrompt(text) : undefined;
    if (around !== undefined) {
      for (const piece of splitSentences(around.before)) readPiece(piece, p, sentences, leftOut);
      leftOut.push({ paragraph: p, text: around.prompt, reason, after: sentences.length });
      for (const piece of splitSentences(around.after)) readPiece(piece, p, sentences, leftOut);
      return;
    }
    leftOut.push({ paragraph: p, text, reason, after: sentences.length });
    return;
  }
  const caption = text.slice(0, at).trimEnd();
  leftOut.push({ paragraph: p, text: caption, reason: boilerplateReason(caption) ?? reason, after: sentences.length });
  sentences.push({ index: sentences.length, paragraph: p, text: text.slice(at) });
}

/** The article's body as numbered story sentences, paragraph by paragraph (boilerplate left out). */
export function articleSentences(article: Pick<Article, "paragraphs">): Sentence[] {
  return readSentences(article).sentences;
}
