import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import winkNLP from "wink-nlp";
import { describe, expect, it } from "vitest";
import { winkTags } from "#brief/figures/language/pos.ts";
import { compileMachine, recognize } from "#brief/figures/language/pos-patterns.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";
import { forgettingReader } from "#scripts/wink-reference.ts";

// pos.ts reads a sentence through wink-read.ts (wink's tokenizer and tables without its document object, each piece of
// text replayed once met: wink-pieces.ts) and must give exactly wink-nlp's own tokens and tags. Each sentence here takes
// one of the replay's courses: pieces of the model's own words, punctuation cut off, a word wink learns, contractions,
// spaces other than the ASCII one, line breaks and tabs, pieces split recursively, a word met again after the sentence
// taught it to wink (the replay's look-up answers otherwise), a piece that looks a word up after adding it
// ("Peer-to-peer" adds "Peer", then asks for "peer").
const SENTENCES = [
  "The company said it would cut 3,000 jobs by 2015, according to a report.",
  // "RJ's" met as a word wink has not, then after the next sentence's "RJ's,'" taught it "RJ's": one token, not two.
  "RJ's mother said RJ's skin healed in 10\u00a0days.",
  // The other way about: "Zed's" first met after "Zed's,'" taught it, then in a sentence where wink has it not.
  "'It was exactly like Zed's,' she said of Zed's skin.",
  "Zed's mother said so.",
  "'Each symptom was exactly like RJ's,' she said. 'I knew this was what he had' ' Reginald and I started slathering RJ's skin in Vaseline every three hours, like people on the group suggested.",
  "Peer-to-peer lending grew 40% in Ireland, and Ireland's banks lost $27bn on Monday.",
  "'Such a result,' she said, 'isn't what we'd expected.' I'm sure I'm not the only one who didn't know Mr Lawler.",
  "Kunta Kinte began telling his story over 200 years ago; like Kunta Kinte, he ran 10\u00a0km in 52.491km\u2009races.",
  "The £200million deal (formerly\ta J-League's side)\nended 7-6(3) for the 66-year-old Ward-Prowse.",
  "U.S.-based A&E, e.g. Stuff.co.nz, paid $52,500; ($106m:£54.6m). Award-winning Four-time champions.",
];

type Model = Parameters<typeof winkNLP>[0] & { metaCER(): unknown };

describe("wink-read.ts", () => {
  it("reads each sentence as a fresh wink-nlp instance does, its pieces new, replayed, and after others taught wink their words", () => {
    const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as Model;
    const meta = model.metaCER();
    const expected = new Map(
      SENTENCES.map((text) => {
        const nlp = winkNLP({ ...model, metaCER: () => meta } as Model, ["pos"]);
        const tokens = nlp.readDoc(text).tokens();
        return [text, { values: tokens.out(nlp.its.value), tags: tokens.out(nlp.its.pos) }] as const;
      }),
    );
    // Forwards, backwards, and each twice in a row: every piece is met new, replayed within its sentence, and replayed
    // in another sentence's wake.
    const order = [...SENTENCES, ...[...SENTENCES].reverse(), ...SENTENCES.flatMap((s) => [s, s])];
    for (const text of order) expect(winkTags(text), text).toEqual(expected.get(text));
  });
});

describe("wink-read.ts over real text", () => {
  // wink-read.ts leans on wink-nlp's modules and its model's tables (package.json pins both exactly): a version that
  // reads otherwise must fail here, not change cards silently. Every headline and sentence of the test fixtures' 180
  // articles and the gold's sentences, read forwards then backwards (scripts/wink-read-identity.ts does every eval article the same way).
  it("gives wink-nlp's own tokens and tags for every sentence of the fixtures, in either order", () => {
    const texts: string[] = [];
    const fixture = (file: string): string => readFileSync(new URL(`fixtures/eval/${file}`, import.meta.url), "utf8");
    for (const file of ["dev.jsonl", "dev-bbc.jsonl"]) {
      for (const e of parseEvalJsonl(fixture(file))) {
        const a = parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" });
        texts.push(a.headline, ...articleSentences(a).map((x) => x.text));
      }
    }
    // The gold's sentences, as its editors cut them.
    for (const line of fixture("figures-dev.jsonl").split("\n")) {
      if (line.trim() !== "") texts.push(...(JSON.parse(line) as { numbers: { sentence: string }[] }).numbers.map((n) => n.sentence));
    }
    expect(texts.length).toBeGreaterThan(3000);
    const reference = forgettingReader();
    const differ: string[] = [];
    for (const text of [...texts, ...[...texts].reverse()]) {
      const ours = winkTags(text);
      const theirs = reference(text);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(text);
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });
});

describe("pos-patterns.ts", () => {
  // A machine as the model's JSON holds it: [version, last state, transitions, terminal tags, marked starts and ends].
  const machine = (terminal: string, key = "8"): string => JSON.stringify([100, 2, { 0: { [key]: 1, $of: 2 }, 1: { 16: 2 } }, { 2: terminal }, { 2: [1, 0] }, {}]);

  it("tags the marked token of a pattern: NOUN VERB retags the VERB", () => {
    const out: number[] = [];
    // NOUN(8) VERB(16) → the pattern ends at state 2, whose mark skips the first token: token 1 gets tag -11.
    recognize(compileMachine(machine("-11"), 0), [8, 16], [0, 0], 2, 0, out);
    expect(out).toEqual([1, -11]);
    // A near miss: VERB NOUN matches nothing; and a pattern tagged 0 matches but is dropped (automaton.js).
    recognize(compileMachine(machine("-11"), 0), [16, 8], [0, 0], 2, 0, out);
    expect(out).toEqual([]);
    recognize(compileMachine(machine("0"), 0), [8, 16], [0, 0], 2, 0, out);
    expect(out).toEqual([]);
  });

  it("refuses a machine whose tags or keys it cannot hold as wink does", () => {
    expect(() => compileMachine(machine("-11"), 0)).not.toThrow();
    expect(() => compileMachine(machine("08"), 0)).toThrow(/canonical/);
    expect(() => compileMachine(machine("8"), 8)).toThrow(/passed over/);
    expect(() => compileMachine(machine("-11", "500"), 0)).toThrow(/no column/);
  });
});
