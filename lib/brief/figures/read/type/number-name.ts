import { CARDINAL_WORDS } from "#news/numbers.ts";
import type { Sentence } from "#news/sentences.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { tagWhenRead } from "#brief/figures/language/pos.ts";
import { isCapitalised, isWord, tokenize } from "#brief/figures/language/tokens.ts";

// A name that is a number word: the TV channel Five ("Five mailed thousands of fake dossiers", "Five admitted it had
// sent out 55,000 promotion packs"). First in a sentence its capital says nothing, so the reader counts it; the article
// gives it away elsewhere, where the same capitalised word stands after another word ("contacted Five", "A Five
// spokesman", "runs on Five"), which the reader already takes for a name. A count has its noun or its verb of a toll
// after it either way ("Five died", "Three were arrested"); only in an article that names the word does a
// sentence-initial one right before a verb read as the name.

/** A capitalised number word anywhere in a text: the cheap test before a sentence is tokenized. */
const CAPITAL_NUMBER = new RegExp(`\\b(?:${[...CARDINAL_WORDS.keys()].filter((w) => /^[a-z]+$/.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")})\\b`);

/** The number words (lowercased) the article uses as names: capitalised right after another word. */
export function numberNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const { text } of sentences) {
    if (!CAPITAL_NUMBER.test(text)) continue;
    const toks = tokenize(text);
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (CARDINAL_WORDS.has(t.l) && isCapitalised(t) && isWord(toks[k - 1])) names.add(t.l);
    }
  }
  return names;
}

/**
 * Whether a figure is a number word the article uses as a name (`names`, lazily from numberNames), said first in its
 * sentence right before a verb: the name as a subject, not a count.
 */
export function nameAsSubject(sentence: Sentence, r: Raw, names: () => ReadonlySet<string>): boolean {
  if (!r.words || r.qualifier !== undefined || r.valueMax !== undefined) return false;
  const text = sentence.text;
  const word = text.slice(r.from, r.to);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /[\p{L}\d]/u.test(text.slice(0, r.from)) || !names().has(word.toLowerCase())) return false;
  const toks = tokenize(text);
  tagWhenRead(text, toks);
  const k = toks.findIndex((t) => t.start === r.from);
  const next = toks[k + 1];
  return k >= 0 && isWord(next) && !isCapitalised(next) && (next.pos === "VERB" || next.pos === "AUX");
}
