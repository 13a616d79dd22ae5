import fc from "fast-check";
import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { articleWords, FEATURE_COUNT, WORD_FEATURES, type ArticleWords } from "#brief/word-importance.ts";
import { STOPWORDS } from "#news/terms.ts";
import { asciiKey, shortKey, WordTable, wordHash } from "#news/word-table.ts";

// The word caches are speed only: whatever the table holds, evicts or starts afresh on, each answer is the pure
// function's, and articleWords measures what its first, Map-keyed form measured (written out here as the reference).

const hashOf = (text: string, start: number, end: number): number => {
  let h = 0;
  for (let i = start; i < end; i++) h = wordHash(h, text.charCodeAt(i));
  return h;
};

describe("WordTable", () => {
  it("answers make(word) for every word of any text, through evictions and restarts of a tiny table", () => {
    // Short words (found by their shortKey) and longer or non-ASCII ones (found by comparing the word).
    const word = fc.constantFrom("a", "b", "ab", "ba", "abc", "cab", "bca", "x", "xy", "yx", "xyz", "zyx", "q", "qq", "qqq", "abcdefgh", "abcdefgi", "é", "éa", "aé");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), (words, bits, hotBits) => {
        let made = 0;
        const table = new WordTable<string>(bits, hotBits, (w) => {
          made++;
          return `<${w}>`;
        }, "");
        const text = words.join(" ");
        let start = 0;
        for (const w of words) {
          expect(table.get(text, start, start + w.length, hashOf(text, start, start + w.length))).toBe(`<${w}>`);
          start += w.length + 1;
        }
        // A word is made again only after the table started afresh: never more often than asked for.
        expect(made).toBeLessThanOrEqual(words.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("keys each word of 1 to 7 ASCII characters apart from every other, and no other word", () => {
    const ascii = fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 1, maxLength: 7 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(
      fc.property(ascii, ascii, (a, b) => {
        const text = `${a} ${b}`;
        const [ka, kb] = [shortKey(text, 0, a.length), shortKey(text, a.length + 1, text.length)];
        expect(ka).toBeGreaterThan(0);
        expect(ka === kb).toBe(a === b);
      }),
      { numRuns: 5000 },
    );
    // A scanner's key from the codes it read is the same key, and none past seven characters.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 1, maxLength: 12 }), (cs) => {
        const word = String.fromCharCode(...cs);
        expect(asciiKey(cs.reduce((codes, c) => codes * 128 + c, 0), cs.length)).toBe(shortKey(word, 0, word.length));
      }),
      { numRuns: 2000 },
    );
    // Equal but for a character, or for a length: the near misses base 128 must keep apart.
    expect(shortKey("\u0000a", 0, 2)).not.toBe(shortKey("a", 0, 1));
    expect(shortKey("ab", 0, 2)).not.toBe(shortKey("ba", 0, 2));
    expect(shortKey("abcdefgh", 0, 8)).toBe(0);
    expect(shortKey("café", 0, 4)).toBe(0);
  });

  it("makes a word once while the table holds it", () => {
    let made = 0;
    const table = new WordTable<number>(8, 2, (w) => {
      made++;
      return w.length;
    }, 0);
    const text = "flood rain flood valley rain flood";
    for (let r = 0; r < 3; r++) {
      for (const m of text.matchAll(/\w+/g)) table.get(text, m.index, m.index + m[0].length, hashOf(text, m.index, m.index + m[0].length));
    }
    expect(made).toBe(3);
  });
});

/** articleWords as first written: a Map of stems to ids a token, a Set of the headline's stems. */
function articleWordsByMaps(sentences: readonly string[], headline?: string): ArticleWords {
  const tokens = (text: string) =>
    [...text.matchAll(/[A-Za-z0-9]+/g)].map((m, position) => {
      const lower = m[0].toLowerCase();
      return { stem: STOPWORDS.has(lower) ? "" : lower.length > 3 ? stemmer(lower) : lower, digit: /\d/.test(m[0]), capital: /^[A-Z]/.test(m[0]), initial: position === 0, letters: m[0].length };
    }).filter((t) => t.stem !== "");
  const ids = new Map<string, number>();
  const stats: { count: number; holders: number; first: number; capitals: number; inner: number; digit: boolean; letters: number }[] = [];
  const perSentence = sentences.map((text, i) => {
    const held: number[] = [];
    const seen = new Set<number>();
    for (const t of tokens(text)) {
      let id = ids.get(t.stem);
      if (id === undefined) {
        id = stats.length;
        ids.set(t.stem, id);
        stats.push({ count: 0, holders: 0, first: i, capitals: 0, inner: 0, digit: false, letters: 0 });
      }
      const s = stats[id]!;
      s.count++;
      s.digit ||= t.digit;
      s.letters = Math.max(s.letters, t.letters);
      if (!t.initial) {
        s.inner++;
        if (t.capital) s.capitals++;
      }
      if (!seen.has(id)) {
        seen.add(id);
        held.push(id);
        s.holders++;
      }
    }
    return held;
  });
  const inHeadline = new Set(headline ? tokens(headline).map((t) => t.stem) : []);
  const stems = [...ids.keys()];
  const n = Math.max(1, sentences.length);
  const features = new Float64Array(stems.length * FEATURE_COUNT);
  stems.forEach((stem, id) => {
    const s = stats[id]!;
    // holderDensity: the largest, over the sentences holding the word, of their words' mean spread.
    const means = perSentence.filter((held) => held.includes(id)).map((held) => held.reduce((sum, h) => sum + stats[h]!.holders / n, 0) / held.length);
    const density = Math.max(0, ...means);
    const row = [Math.log1p(s.count), s.holders / n, Math.log1p(s.first), s.first / n, s.first === 0 ? 1 : 0, inHeadline.has(stem) ? 1 : 0, s.inner > 0 ? s.capitals / s.inner : 0, s.digit ? 1 : 0, Math.min(s.letters, 12) / 12, density];
    expect(row).toHaveLength(WORD_FEATURES.length);
    features.set(row, id * FEATURE_COUNT);
  });
  return { stems, features, sentences: perSentence };
}

describe("articleWords' cached stems", () => {
  const piece = fc.constantFrom("Budget", "budget", "budgets", "the", "The", "Senate", "senate", "3", "3m", "2024", "pass", "passes", "passed", "a", "Critics", " ", " ", ", ", ". ", "-", "’s");
  const sentence = fc.array(piece, { maxLength: 25 }).map((xs) => xs.join(" "));

  it("measures what the Map-keyed form measured, article after article", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ sentences: fc.array(sentence, { maxLength: 8 }), headline: fc.option(sentence, { nil: undefined }) }), { maxLength: 4 }), (stories) => {
        for (const s of stories) expect(articleWords(s.sentences, s.headline)).toEqual(articleWordsByMaps(s.sentences, s.headline));
      }),
      { numRuns: 500 },
    );
  });

  it("still does after its caches start afresh (an article of more distinct words than they keep)", () => {
    // 60,000 distinct letter strings ("bbbq", …): more stems than the cache's bound, so the next article clears it. The
    // last words stay cached as tokens: the story after it meets them beside new tokens of the same stems ("budgets").
    const many = Array.from({ length: 60_000 }, (_, k) => k.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!).padStart(4, "b"));
    const huge = [`${many.join(" ")} Budget Senate passed`];
    expect(articleWords(huge).stems.length).toBeGreaterThan(50_000);
    const story = ["The Senate passes the budgets on Friday.", "Critics of the Budget said the senate passed it."];
    expect(articleWords(story, "Senate passes budget")).toEqual(articleWordsByMaps(story, "Senate passes budget"));
  });
});
