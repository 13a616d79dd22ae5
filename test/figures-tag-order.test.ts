import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import { describe, expect, it } from "vitest";
import { type FeatureFn, keptFeatures, tagTokens, winkTags } from "#brief/figures/pos.ts";
import { tokenize } from "#brief/figures/tokens.ts";

// wink-nlp learns each unknown word it reads into its model, and tokenizes and tags a word it has learned differently:
// without pos.ts forgetting what a reading added, which stories a warm process read before changed the tags of 127 of
// cnndm-dev's 33,436 number sentences between reading them forwards and backwards. A brief must be the same whatever
// was read before it.

const tags = (text: string): string[] => {
  const toks = tokenize(text);
  tagTokens(text, toks);
  return toks.map((t) => `${t.s}/${t.pos ?? ""}`);
};

describe("part-of-speech tags do not depend on what was read before", () => {
  it("tags a sentence the same before and after others that teach wink its words", () => {
    const gdp = "Tourism is expected to account for 20% of the country's GDP by 2024.";
    const first = tags(gdp);
    expect(first).toContain("country's/NOUN");
    // cnndm-dev's sentence whose stray full stop glues "country's." into one word wink learns as a name: read before,
    // it made the GDP sentence's "country's" a PROPN.
    tags("With 37 of the 50 states now permitting gay marriage, many. because of judicial orders, it seems unlikely the country's. highest court would reverse course.");
    expect(tags(gdp)).toEqual(first);
  });
});

describe("features kept from earlier readings", () => {
  it("tag every sentence as a tagger that never read anything before it does", () => {
    // Words wink does not know, in several token categories (names, possessives, numbers, amounts, times, ordinals,
    // decades, short forms, capitals), each in several sentences: read twice over, in two orders, the later readings
    // take each word's shape and guessed tag from what pos.ts kept (keptFeatures) instead of computing them.
    const sentences = [
      "Zelenskyy's aide said 1,200 Zelenskyy supporters paid £35m at McDonald's on 3rd May.",
      "ZELENSKYY told 40 reporters in Kyiv that the 1990s were over by 10:30 a.m.",
      "The Grauniad's editor, Mr. Okonkwo-Smith, sold 2,500 copies for US$4.99 each.",
      "Okonkwo-Smith's 3rd bid of £35m for Grauniad shares beat 1,200 rivals.",
      "In the 1990s, 40 Kyivans e.g. queued 10:30 to 11:45 at McDonald's.",
      "Brexiteers won 52% of 33.5m votes; Remainers' 48% was 16.1m.",
    ];
    const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0] & { metaCER(): unknown };
    // pos.ts has read the model's CER meta first (the first winkTags below builds its tagger); each fresh tagger here
    // shares one later copy rather than making the model re-serialise it again.
    for (const text of [...sentences, ...[...sentences].reverse()]) winkTags(text);
    const meta = model.metaCER();
    for (const text of sentences) {
      const fresh = winkNLP({ ...model, metaCER: () => meta } as typeof model, ["pos"]);
      const doc = fresh.readDoc(text).tokens();
      expect(winkTags(text)).toEqual({ values: doc.out(fresh.its.value), tags: doc.out(fresh.its.pos) });
    }
  });

  it("serve each word and category its own value, and start afresh past the bound with the values unchanged", () => {
    // A stand-in feature function whose values differ by word and by category, counting what it computes.
    const computed: string[] = [];
    const feature = (name: string) => (word: string, category: number) => {
      computed.push(`${name}:${word}/${category}`);
      return `${name}(${word}/${category})`;
    };
    const other = feature("other");
    const plain: FeatureFn = () => ({ shape: feature("shape"), pos: feature("pos"), other });
    const methods = keptFeatures(plain, 3)(undefined);
    expect(methods.other).toBe(other);
    const calls: [string, number][] = [["Kyiv", 0], ["Kyiv", 1], ["Kyiv", 0], ["1990s", 2], ["Zelenskyy", 0], ["Kyiv", 0], ["Kyiv", 1]];
    for (const [word, category] of calls) {
      expect(methods.shape?.(word, category, undefined)).toBe(`shape(${word}/${category})`);
      expect(methods.pos?.(word, category, undefined)).toBe(`pos(${word}/${category})`);
    }
    // Kept: the second Kyiv/0; then Zelenskyy is the fourth word, so the bound of 3 empties what was kept and the
    // last two are computed again.
    expect(computed.filter((c) => c.startsWith("shape:"))).toEqual(["shape:Kyiv/0", "shape:Kyiv/1", "shape:1990s/2", "shape:Zelenskyy/0", "shape:Kyiv/0", "shape:Kyiv/1"]);
    expect(computed.filter((c) => c.startsWith("pos:")).map((c) => c.slice("pos:".length))).toEqual(computed.filter((c) => c.startsWith("shape:")).map((c) => c.slice("shape:".length)));
  });
});
