import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tagTokens, tagWhenRead } from "#brief/figures/language/pos.ts";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { HAS_NUMBER, tokenize } from "#brief/figures/language/tokens.ts";
import { parseWireText } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";

// A sentence is tagged only once a reader asks one of its tokens for a tag (pos.ts tagWhenRead): speed only, so the
// tags read must be the ones tagging at once gives, and nothing may be tagged before a tag is asked for.

const seedSentences = (): string[] => {
  const dir = new URL("../seeds/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => articleSentences(parseWireText(readFileSync(new URL(f, dir), "utf8"))).map((s) => s.text))
    .filter((text) => HAS_NUMBER.test(text));
};

describe("tagging when a tag is first read", () => {
  it("tags nothing until a tag is read, then the whole sentence at once", () => {
    const text = "The attack killed 129 people and wounded 350.";
    const toks = tokenize(text);
    tagWhenRead(text, toks);
    expect(toks.every((t) => t.pending !== undefined)).toBe(true);
    expect(toks[3]?.pos).toBe("NUM");
    expect(toks.every((t) => t.pending === undefined)).toBe(true);
    expect(toks.map((t) => t.pos)).toEqual(["DET", "NOUN", "VERB", "NUM", "NOUN", "CCONJ", "VERB", "NUM", "PUNCT"]);
  });

  it("reads the tags tagging at once gives, from any token first, on every seed number sentence", () => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    sentences.forEach((text, n) => {
      const eager = tokenize(text);
      tagTokens(text, eager);
      const lazy = tokenize(text);
      tagWhenRead(text, lazy);
      // The first read comes from a different token each sentence: whichever asks first, the sentence is tagged whole.
      const first = n % lazy.length;
      expect(lazy[first]?.pos, text).toBe(eager[first]?.pos);
      expect(lazy.map((t) => t.pos), text).toEqual(eager.map((t) => t.pos));
    });
  });

  it("reads a sentence's numbers as tagging at once did: the tags a reader asks for are there", () => {
    // "over" after a noun is no qualifier, read from the tag: the tag is asked for only there and must be found.
    const [race] = sentenceNumbers({ index: 0, paragraph: 0, text: "He won a race over 1500 metres." });
    expect(race?.qualifier).toBeUndefined();
    const [crowd] = sentenceNumbers({ index: 0, paragraph: 0, text: "The police arrested over 150 people." });
    expect(crowd?.qualifier).toBe("over");
  });
});
