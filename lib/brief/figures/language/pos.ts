import type { Tagging, Tok } from "#brief/figures/language/tokens.ts";
import { isSpace } from "#brief/figures/language/wink-pieces.ts";
import { loadWinkReader, type PlacedTags, type WinkReader, type WinkTags } from "#brief/figures/language/wink-read.ts";

// The linguistic layer: universal part-of-speech tags from wink-nlp's English light model (MIT, 3.8 MB, no
// dependencies), chosen over compromise because it tags a number sentence in ~0.02 ms where compromise takes
// ~1 ms (measured on the figures gold by docs/nlp-survey; see README "Key figures"). Only sentences
// that hold a number are tagged, and of those only the ones a reader asks a tag of (tagWhenRead); only the POS stage
// runs (wink-read.ts): no entities, negation or sentiment.

let current: WinkReader | undefined;

/**
 * How many words a tagger may have learned (and hidden, wink-lexicon.ts) before it is built afresh. wink's tables are
 * append-only, so a long-lived process would grow without end; a rebuild costs 60–100 ms (building the model's tables
 * afresh). Tags never depend on it: every sentence is tagged as from the pristine tables either way.
 */
const REBUILD_AFTER = 200_000;

/** Built on first use, not at import: loading the model and building its tables is a cost only tagging pays. */
function tagger(): WinkReader {
  if (current === undefined || current.learned() >= REBUILD_AFTER) current = loadWinkReader();
  return current;
}

/**
 * wink's tokens of a sentence and their tags, read as if nothing had been read before. wink learns every unknown word
 * it meets into the model's tables, and a word it knows is tokenized and tagged differently: after "workers at
 * McDonald's, and …" it keeps "McDonald's" one PROPN in every later sentence, where a fresh tagger gives
 * "McDonald/PROPN 's/PART" (127 of cnndm-dev's 33,436 number sentences were tagged differently read forwards or
 * backwards: scripts/tag-order.ts). A brief must not depend on which stories a warm Lambda read before it, so what
 * earlier readings taught wink is hidden from this one (wink-lexicon.ts: kept rather than forgotten, so that a word is
 * not learned afresh in every sentence).
 */
export function winkTags(text: string): WinkTags {
  return tagger().read(text);
}

/**
 * text.indexOf(v, from) for a token `v` (never empty), found first where a token almost always is: at `from` or just past the spaces after it (wink's
 * tokens follow one another through the text). A match at each of those places is checked in turn, character by
 * character, and the search runs on from the first other character only when none matched, so the answer is
 * indexOf's; the indexOf call (into the engine's runtime, for every token of every tagged sentence) is mostly saved.
 */
export function indexFrom(text: string, v: string, from: number): number {
  let p = from;
  for (;;) {
    let k = 0;
    while (k < v.length && v.charCodeAt(k) === text.charCodeAt(p + k)) k++;
    if (k === v.length) return p;
    if (text.charCodeAt(p) !== 32) return text.indexOf(v, p);
    p++;
  }
}

/** wink's spaces, which part its pieces (wink-pieces.ts isSpace): whether text[from, to) is all of them. */
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (!isSpace(text.charCodeAt(p))) return false;
  return true;
}

/**
 * Where indexOf finds a wink token's word from the cursor on (−1 for an empty word), as tagTokens places each token.
 * Where the tokenizer knows its place (`start` ≥ 0: the word is text[start, end)) and only wink's spaces lie between
 * the cursor and it, that is where: the word starts with no space, so it cannot start earlier. Anywhere else the word
 * (`word`, or the text at a known place) is searched for.
 */
export function placed(text: string, cursor: number, start: number, end: number, word: string | undefined): number {
  if (start >= cursor && spacesOnly(text, cursor, start)) return end === start ? -1 : start;
  // A known place's word is the text there (readPlaced leaves it out).
  const v = word ?? (start >= 0 ? text.slice(start, end) : "");
  return v === "" ? -1 : indexFrom(text, v, cursor);
}

/** The sentence's wink tokens and tags with their places where known (wink-read.ts readPlaced). */
export function winkPlaced(text: string): PlacedTags {
  return tagger().readPlaced(text);
}

/**
 * Tags the sentence's tokens in place (`tok.pos`): each of our tokens takes the tag of the wink token that
 * starts where it starts, else the one that covers its start ("three-day" is one token here, three there).
 */
export function tagTokens(text: string, toks: readonly Tok[]): void {
  const { values, tags, starts, ends } = winkPlaced(text);
  let cursor = 0;
  let t = 0;
  for (let k = 0; k < tags.length && t < toks.length; k++) {
    const at = placed(text, cursor, starts[k]!, ends[k]!, values[k]);
    if (at < 0) continue;
    cursor = starts[k] === at ? ends[k]! : at + (values[k]?.length ?? 0);
    while (t < toks.length && (toks[t]?.start ?? 0) < at) t++;
    for (; t < toks.length && (toks[t]?.start ?? 0) < cursor; t++) {
      const tok = toks[t];
      if (tok !== undefined) tok.pos ??= tags[k] ?? "X";
    }
  }
}

/**
 * Tags the sentence's tokens the first time a reader asks any of them for its tag (tokens.ts Token): a third of the
 * sentences that hold a number are read without one (a year, a date, a number no label is read for), and the tagger
 * costs more than all the rest of figure reading. The same tags as tagTokens at once.
 */
export function tagWhenRead(text: string, toks: readonly Tok[]): void {
  const tagging: Tagging = {
    run() {
      for (const t of toks) t.pending = undefined;
      tagTokens(text, toks);
    },
  };
  for (const t of toks) t.pending = tagging;
}
