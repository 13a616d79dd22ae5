import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import { describe, expect, it } from "vitest";
import { tagTokens, winkTags } from "#brief/figures/language/pos.ts";
import { tokenize } from "#brief/figures/language/tokens.ts";

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

describe("words learned by earlier readings, kept hidden", () => {
  it("tag every sentence as a tagger that never read anything before it does", () => {
    // Words wink does not know, in several token categories (names, possessives, numbers, amounts, times, ordinals,
    // decades, short forms, capitals), each in several sentences: read twice over, in two orders, the later readings
    // are served the rows earlier ones learned (wink-lexicon.ts) instead of learning the words again.
    const sentences = [
      "Zelenskyy's aide said 1,200 Zelenskyy supporters paid £35m at McDonald's on 3rd May.",
      "ZELENSKYY told 40 reporters in Kyiv that the 1990s were over by 10:30 a.m.",
      "The Grauniad's editor, Mr. Okonkwo-Smith, sold 2,500 copies for US$4.99 each.",
      "Okonkwo-Smith's 3rd bid of £35m for Grauniad shares beat 1,200 rivals.",
      "In the 1990s, 40 Kyivans e.g. queued 10:30 to 11:45 at McDonald's.",
      "Brexiteers won 52% of 33.5m votes; Remainers' 48% was 16.1m.",
      // Contractions of the model's own, which it expands ("didn't" → did n't): answered from the row index's record of them.
      "They didn't say it's 40% of what we'd paid, and Zelenskyy's aide can't.",
      "Didn't 1,200 Kyivans say they'd paid £35m? It's what we'd heard.",
    ];
    const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0] & { metaCER(): unknown };
    // The model re-serialises its CER meta at each call (pos.ts's reader never asks for it): each fresh tagger here
    // shares one copy rather than making the model escape it again.
    for (const text of [...sentences, ...[...sentences].reverse()]) winkTags(text);
    const meta = model.metaCER();
    for (const text of sentences) {
      const fresh = winkNLP({ ...model, metaCER: () => meta } as typeof model, ["pos"]);
      const doc = fresh.readDoc(text).tokens();
      expect(winkTags(text)).toEqual({ values: doc.out(fresh.its.value), tags: doc.out(fresh.its.pos) });
    }
  });
});

describe("feature values earlier readings appended, kept in wink's prefix, suffix and shape tables", () => {
  it("do not change a tag: a word whose prefix, suffix and shape are new is tagged the same whatever index they got", () => {
    type Core = { features: Record<string, { hash: Record<string, number>; list: string[] }> };
    const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0] & { core(): Core; metaCER(): unknown };
    const meta = model.metaCER();
    /** A fresh wink with its own tables (the model's `core` copies them at each call), and those tables. */
    const fresh = (): { read: (text: string) => string[]; core: Core } => {
      let core: Core | undefined;
      const nlp = winkNLP({ ...model, metaCER: () => meta, core: () => (core = model.core()) } as typeof model, ["pos"]);
      return { read: (text) => nlp.readDoc(text).tokens().out(nlp.its.pos), core: core! };
    };
    // Two-letter prefixes, three-letter suffixes and shapes the model has not ("Qz", "xjq", "Xxxxx-Xdd"), in words whose
    // tags the tagger guesses from other cues ("-ed", a capital, a determiner before).
    const sentence = "The Qzvbrxjq-Vq99 wkxjqed 40 zqplixjq jars.";
    const earlier = "Vwxxkqzw yzbwqzqed 7 Kx-Kxw9 jqpluzqz.";
    const a = fresh();
    const b = fresh();
    const own = model.core().features;
    const values = (core: Core, name: string): string[] => core.features[name]!.list.slice(own[name]!.list.length);
    const first = a.read(sentence);
    const newInA = { prefix: values(a.core, "prefix"), suffix: values(a.core, "suffix"), shape: values(a.core, "shape") };
    // The sentence brings new values of each table, so its words' rows hold indices past the model's own.
    for (const list of Object.values(newInA)) expect(list.length).toBeGreaterThan(0);
    b.read(earlier);
    expect(b.read(sentence)).toEqual(first);
    // Read after another reading appended its own new values, the sentence's new values got other indices in b than
    // in a: what the tags could have depended on did change.
    for (const [name, list] of Object.entries(newInA)) {
      for (const v of list) expect(b.core.features[name]!.hash[v], `${name} "${v}"`).not.toBe(a.core.features[name]!.hash[v]);
    }
    // And the tagger pos.ts keeps (learned rows hidden, feature values kept), after the same earlier reading.
    winkTags(earlier);
    expect(winkTags(sentence).tags).toEqual(first);
  });
});
