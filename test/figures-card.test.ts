// The card: the seed's figures, ranking, de-duplication, determinism and properties over arbitrary text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { findFigures, pickFigures } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences, type Sentence } from "#news/sentences.ts";
import { briefArticle } from "#brief/brief.ts";
import { parseJsonArticle } from "#news/article.ts";
import { seedArticle, seedSentences, bbcBusiness001, find } from "#test/helpers/figures.ts";

describe("findFigures on the seed article (Paris attacks, AP)", () => {
  const sentences = seedSentences();
  const card = findFigures(sentences, { limit: 10 });

  it("holds the figures an editor needs, labelled and hedged", () => {
    expect(find(card, 129)).toMatchObject({ display: "at least 129", qualifier: "at least", label: "people killed", kind: "casualties", sentence: 0 });
    expect(find(card, 350)).toMatchObject({ display: "350", label: "wounded", kind: "casualties" });
    expect(find(card, 300)).toMatchObject({ display: "almost 300", qualifier: "almost", label: "searches" });
    expect(find(card, 127)).toMatchObject({ label: "arrests" });
    expect(find(card, 31)).toMatchObject({ label: "weapons" });
    expect(find(card, 128)).toMatchObject({ label: "police raids" });
    expect(card.find((f) => f.value === 19 && f.label === "nations")).toMatchObject({ qualifier: "at least" });
  });

  it("never offers the date line, the year or the clock time", () => {
    const all = findFigures(sentences, { limit: 100 });
    for (const f of all) {
      expect([2015, 17, 11, 20, 50]).not.toContain(f.value);
      expect(f.display).not.toMatch(/2015|20:50|17\/11/);
    }
  });

  it("holds five of the seven core figures in the default card and all seven in a card of seven (issue 12)", () => {
    // The card as `nutgraf brief` shows it: under the seed's headline, with the sentence salience of the bullets.
    const core: [number, string][] = [[129, "people killed"], [350, "wounded"], [300, "searches"], [127, "arrests"], [31, "weapons"], [128, "police raids"], [19, "nations"]];
    const held = (card: readonly { value: number; label: string }[]) => core.filter(([v, l]) => card.some((f) => f.value === v && f.label === l)).length;
    expect(held(briefArticle(seedArticle()).figures)).toBeGreaterThanOrEqual(5);
    expect(held(briefArticle(seedArticle(), { figures: 7 }).figures)).toBe(7);
  });

  it("puts the casualties in the default top five", () => {
    const top = findFigures(sentences);
    expect(top).toHaveLength(5);
    expect(top[0]).toMatchObject({ value: 129, kind: "casualties" });
    expect(top.map((f) => f.value)).toContain(350);
  });

  it("reads 'the 28-nation bloc' as the EU's epithet, no figure, and folds 'a seventh' into the seven attackers who died", () => {
    const all = findFigures(sentences, { limit: 100 });
    expect(find(all, 28)).toBeUndefined();
    expect(all.filter((f) => f.value === 7)).toEqual([expect.objectContaining({ display: "Seven", label: "attackers died", kind: "people" })]);
  });

  it("picks the same card from candidates read once as from the article (what the fitting script relies on)", () => {
    const candidates = cardCandidates(sentences);
    for (const limit of [5, 7]) expect(pickFigures(candidates, sentences.length, limit, CARD_WEIGHTS)).toEqual(findFigures(sentences, { limit }));
  });

  it("returns each figure's source sentence, whose text holds the display", () => {
    for (const f of findFigures(sentences, { limit: 100 })) expect(sentences[f.sentence]?.text).toContain(f.display);
  });
});

describe("ranking", () => {
  // Under a headline naming none of the figures, so no figure counts what the story is about (that has its own tests):
  // without one, the first sentence stands in and its figures would count it.
  const headline = "News in brief";

  it("puts casualties and money before incidental counts at equal salience", () => {
    const s = articleSentences({
      paragraphs: ["The convoy had 14 trucks.", "The blast killed 3 people.", "Repairs will cost $2m."],
    });
    const out = findFigures(s, { salience: [1, 1, 1], headline });
    expect(out.map((f) => f.kind)).toEqual(["casualties", "money", "count"]);
  });

  it("follows the salience it is given", () => {
    const s = articleSentences({ paragraphs: ["Police made 40 arrests.", "Police seized 90 weapons."] });
    expect(findFigures(s, { salience: [0, 1], headline }).map((f) => f.value)).toEqual([90, 40]);
    expect(findFigures(s, { salience: [1, 0], headline }).map((f) => f.value)).toEqual([40, 90]);
    // Without salience, the lead counts most.
    expect(findFigures(s, { headline }).map((f) => f.value)).toEqual([40, 90]);
  });

  it("weighs a figure past the story's twelfth sentence at half: '40 rifles' of the second sentence before '90 grenades' of the thirteenth", () => {
    const filler = Array.from({ length: 10 }, (_, k) => `Officers searched street number ${["one", "two", "three"][k % 3]} again.`);
    const s = articleSentences({ paragraphs: ["The raids began at dawn.", "Police seized 40 rifles.", ...filler, "Officers found 90 grenades."] });
    // The later sentence is the more salient, so without the weight its grenades would come first (0.6 against 0.45).
    const salience = s.map((_, k) => (k === 12 ? 1 : 0.5));
    expect(s).toHaveLength(13);
    expect(findFigures(s, { salience, headline }).map((f) => [f.value, f.label])).toEqual([[40, "rifles seized"], [90, "grenades"]]);
  });

  it("puts an amount given with its earlier level before an equal one given alone", () => {
    // Sentence order alone would put the 40 first: the change pair outranks it only by having moved.
    const s = articleSentences({ paragraphs: ["The shop has 40 workers.", "The factory raised its staff from 50 to 60 workers."] });
    expect(findFigures(s, { salience: [1, 1] }).map((f) => f.value)).toEqual([60, 40]);
  });

  it("breaks ties by sentence index, then by position in the sentence", () => {
    // The second sentence shares no word with the first: a figure counting what the lead is about would rank higher.
    const s = articleSentences({ paragraphs: ["Police seized 50 rifles and 70 pistols.", "Officers found 90 grenades."] });
    expect(findFigures(s, { salience: [0.5, 0.5] }).map((f) => f.value)).toEqual([50, 70, 90]);
  });

  it("ranks a figure counting what the headline names above one counting something else: 'Pernod takeover talk'", () => {
    const s = articleSentences({ paragraphs: ["The bid would add to debt of 1.8bn euros.", "Pernod is valued at 7.5bn euros."] });
    const first = (headline: string) => findFigures(s, { salience: [1, 1], headline })[0];
    expect(first("Pernod takeover talk lifts Domecq")).toMatchObject({ value: 7.5e9, unit: "EUR", label: "pernod" });
    // Under a headline naming neither, sentence order decides.
    expect(first("Markets close higher")).toMatchObject({ value: 1.8e9, unit: "EUR", label: "debt" });
  });

  it("ranks an amount a firm the story is not about made below the story's own: 'Yahoo earned $187m' under 'Ask Jeeves tips online ad revival'", () => {
    // The lead names the story's subject too, so the amounts sit after it.
    const lead = "Ask Jeeves thanked a revival in internet advertising.";
    const s = articleSentences({ paragraphs: [lead, "During the same quarter, Yahoo earned $187m.", "Its profit for the quarter was $17m."] });
    const first = (headline: string) => findFigures(s, { salience: [1, 1, 1], headline })[0];
    expect(first("Ask Jeeves tips online ad revival")).toMatchObject({ value: 17e6, unit: "USD", label: "profit" });
    // Under a headline that names Yahoo, its amount is the story's: sentence order decides.
    expect(first("Yahoo tips online ad revival")).toMatchObject({ value: 187e6, unit: "USD", label: "earnings" });
  });

  it("reads the holder after the amount too: 'the $204m announced by rival Google', not 'Its $17m profit'", () => {
    const s = articleSentences({ paragraphs: ["Ask Jeeves thanked a revival in internet advertising.", "Its $17m profit for the quarter was dwarfed by the $204m announced by rival Google."] });
    const other = cardCandidates(s, { headline: "Ask Jeeves tips online ad revival" }).map((c) => [c.figure.value, c.signals.other]);
    expect(other).toEqual([[17e6, false], [204e6, true]]);
  });

  it("is read under the article's headline in the brief: 'Pernod takeover talk lifts Domecq' puts Pernod's 7.5bn euros first", () => {
    const card = (title: string) =>
      briefArticle(parseJsonArticle({ title, text: "The bid would add to debt of 1.8bn euros.\n\nPernod is valued at 7.5bn euros." }, { fallbackPublishedAt: "2005-01-01T00:00:00Z" }))
        .figures.map((f) => f.value);
    expect(card("Pernod takeover talk lifts Domecq")).toEqual([7.5e9, 1.8e9]);
    expect(card("Drinks makers in merger talks")).toEqual([1.8e9, 7.5e9]);
  });

  it("lets the lead stand in for a missing headline, and a headline rule over the lead", () => {
    const s = articleSentences({
      paragraphs: ["Italy is coping with a rising wave of migrants.", "The coastguard rescued 145 people.", "More than 10,000 migrants arrived this year."],
    });
    expect(findFigures(s, { salience: [1, 1, 1] })[0]).toMatchObject({ value: 10000, qualifier: "more than", label: "migrants" });
    expect(findFigures(s, { salience: [1, 1, 1], headline: "Rescue at sea" })[0]).toMatchObject({ value: 145, label: "people rescued" });
  });

  it("lifts no count under 10 of what the story is about: 'two cookies' under 'Girl Scout cookie season'", () => {
    const card = (second: string) =>
      findFigures(articleSentences({ paragraphs: ["The troop sold 40 boxes.", second] }), { salience: [1, 1], headline: "Girl Scout cookie season" });
    expect(card("Few people stop at two cookies.").map((f) => [f.value, f.label])).toEqual([[40, "boxes sold"], [2, "cookies"]]);
    expect(card("Each girl baked 12 cookies.").map((f) => [f.value, f.label])).toEqual([[12, "cookies"], [40, "boxes sold"]]);
  });

  it("lifts a small rank that is the news: 'a third person has been arrested' under 'Third arrest in beach attack case'", () => {
    const s = articleSentences({ paragraphs: ["The beach is 200 metres long.", "A third person has been arrested."] });
    const first = (headline: string) => findFigures(s, { salience: [1, 1], headline })[0];
    expect(first("Third arrest in beach attack case")).toMatchObject({ value: 3, label: "person arrested", type: "ordinal" });
    expect(first("News in brief")).toMatchObject({ value: 200 });
  });

  it("shows the same fact said twice with the label read from the parse: '550 people' over 'a migrant boat carrying approximately 550'", () => {
    const s = articleSentences({
      paragraphs: ["Survivors said their ship carrying 550 people capsized.", "The coast guard cannot confirm that a migrant boat carrying approximately 550 has capsized."],
    });
    // The second scores higher (its fallback label names the migrants of the headline), yet the card shows the first.
    const [people, boat] = cardCandidates(s, { salience: [1, 1], headline: "Migrants feared lost at sea" });
    expect([people?.signals.fallback, boat?.signals.fallback, boat?.signals.about]).toEqual([false, true, true]);
    expect(findFigures(s, { salience: [1, 1], headline: "Migrants feared lost at sea" })).toEqual([
      { value: 550, display: "550", label: "people", kind: "people", type: "count", sentence: 0 },
    ]);
  });

  it("keeps the same fact said twice once", () => {
    const s = articleSentences({
      paragraphs: ["The attacks killed at least 129 people.", "Officials said 129 people were killed in the attacks.", "Police made 129 arrests."],
    });
    const out = findFigures(s, { limit: 10 });
    expect(out.filter((f) => f.kind === "casualties")).toHaveLength(1);
    expect(out.filter((f) => f.value === 129)).toHaveLength(2);
  });

  it("returns the top N, five by default", () => {
    const text = Array.from({ length: 12 }, (_, i) => `Police seized ${i + 10} ${["rifles", "knives", "cars", "phones"][i % 4]} in raid ${i}.`);
    const s = articleSentences({ paragraphs: text });
    expect(findFigures(s)).toHaveLength(5);
    expect(findFigures(s, { limit: 3 })).toHaveLength(3);
  });
});

describe("determinism", () => {
  it("gives byte-identical output on every run", () => {
    const s = seedSentences();
    const first = JSON.stringify(findFigures(s, { limit: 20 }));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(findFigures(s, { limit: 20 }))).toBe(first);
  });

  it("depends on nothing but its input: earlier calls on other articles change nothing", () => {
    const s = seedSentences();
    const before = JSON.stringify(findFigures(s, { limit: 20 }));
    findFigures(bbcBusiness001(), { limit: 20 });
    findFigures(articleSentences({ paragraphs: ["£5m, 20-30 people, 7 a.m., hundreds of 1,200,000"] }));
    expect(JSON.stringify(findFigures(s, { limit: 20 }))).toBe(before);
  });

  it("ranks the same whatever order the sentences arrive in", () => {
    const s = seedSentences();
    const reversed = [...s].reverse();
    expect(findFigures(reversed, { limit: 20 })).toEqual(findFigures(s, { limit: 20 }));
  });
});

describe("properties", () => {
  const newsy = fc.array(
    fc.oneof(
      fc.constantFrom("killed", "at least", "$", "£", "€", "1,200", "3.5", "bn", "m", "%", "per", "cent", "-", "to", "hundreds", "of", "a", "dozen", "seventh", "28-nation", "20:50", "17/11", "2015", "(", ")", ",", ".", "people", "wounded", "rose", "from", "between", "and", "US$", "0-0", "aged", "May"),
      fc.integer({ min: 0, max: 100000 }).map(String),
      fc.string(),
    ),
    { maxLength: 40 },
  );

  it("never throws on arbitrary text, and every display is a substring of its sentence", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), newsy.map((w) => w.join(" "))), (text) => {
        const sentences = articleSentences({ paragraphs: [text] });
        const out = findFigures(sentences, { limit: 100 });
        for (const f of out) {
          const sentence = sentences[f.sentence];
          expect(sentence?.text).toContain(f.display);
          expect(f.display).not.toBe("");
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.label.split(" ").length).toBeLessThanOrEqual(6);
        }
      }),
      { numRuns: 400, seed: 20151117 },
    );
  });

  it("never throws on raw sentence objects that bypass the splitter", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 6 }), (texts) => {
        const sentences: Sentence[] = texts.map((text, index) => ({ index, paragraph: 0, text }));
        for (const f of findFigures(sentences, { limit: 100 })) expect(sentences[f.sentence]?.text).toContain(f.display);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
