import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonArticle, parseWireText } from "#news/article.ts";
import { figureCaption, findFigures, type KeyFigure } from "#brief/figures/figures.ts";
import { articleSentences, type Sentence } from "#news/sentences.ts";

const SEED = new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url);
// The in-repo subset of the BBC dev set (test/fixtures/eval/README.md): the tests never need ../shared.
const BBC = new URL("fixtures/eval/dev-bbc.jsonl", import.meta.url);

function seedSentences(): Sentence[] {
  return articleSentences(parseWireText(readFileSync(SEED, "utf8")));
}

function bbcSentences(id: string): Sentence[] {
  const line = readFileSync(BBC, "utf8")
    .split("\n")
    .find((l) => l.includes(`"id": "${id}"`));
  if (line === undefined) throw new Error(`${id} not in ${BBC}`);
  const o = JSON.parse(line) as { title: string; text: string };
  return articleSentences(parseJsonArticle({ title: o.title, text: o.text }, { fallbackPublishedAt: "2005-01-01T00:00:00Z" }));
}

/** Figures of one paragraph of text, all of them. */
function figs(text: string): KeyFigure[] {
  return findFigures(articleSentences({ paragraphs: [text] }), { limit: 50 });
}

function one(text: string): KeyFigure {
  const found = figs(text);
  expect(found, `figures of ${JSON.stringify(text)}: ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0] as KeyFigure;
}

const find = (list: readonly KeyFigure[], value: number) => list.find((f) => f.value === value);

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

  it("puts the casualties in the default top five", () => {
    const top = findFigures(sentences);
    expect(top).toHaveLength(5);
    expect(top[0]).toMatchObject({ value: 129, kind: "casualties" });
    expect(top.map((f) => f.value)).toContain(350);
  });

  it("reads the 28-nation bloc and folds 'a seventh' into the seven attackers who died", () => {
    const all = findFigures(sentences, { limit: 100 });
    expect(find(all, 28)).toMatchObject({ display: "28-nation", label: "nations" });
    expect(all.filter((f) => f.value === 7)).toEqual([expect.objectContaining({ display: "Seven", label: "attackers died", kind: "casualties" })]);
  });

  it("returns each figure's source sentence, whose text holds the display", () => {
    for (const f of findFigures(sentences, { limit: 100 })) expect(sentences[f.sentence]?.text).toContain(f.display);
  });
});

describe("findFigures on bbc-business-001 (Ad sales boost Time Warner profit)", () => {
  const card = findFigures(bbcSentences("bbc-business-001"), { limit: 10 });

  it("keeps the quarterly profit in dollars with its 76% rise beside it", () => {
    const profit = find(card, 1130000000);
    expect(profit).toMatchObject({ display: "$1.13bn", unit: "USD", kind: "money", label: "quarterly profits", previous: 639000000 });
    expect(profit?.change).toEqual({ value: 76, unit: "%", direction: "up" });
    // The sterling conversion in brackets is the same amount, not a second figure.
    expect(card.find((f) => f.unit === "GBP")).toBeUndefined();
  });

  it("holds sales and the subscribers AOL lost", () => {
    expect(find(card, 11100000000)).toMatchObject({ display: "$11.1bn", unit: "USD", change: { value: 2, unit: "%", direction: "up" } });
    expect(find(card, 11100000000)?.label).toMatch(/sales/);
    expect(find(card, 464000)).toMatchObject({ display: "464,000", label: "subscribers lost", kind: "people" });
  });

  it("does not offer the years 2000, 2003 or 2005", () => {
    const all = findFigures(bbcSentences("bbc-business-001"), { limit: 100 });
    for (const year of [2000, 2003, 2005]) expect(find(all, year)).toBeUndefined();
  });
});

describe("kinds of number", () => {
  it("reads digits with thousands separators and decimals", () => {
    expect(one("The council said 1,200 homes were flooded.")).toMatchObject({ value: 1200, display: "1,200", label: "homes" });
    expect(one("Rainfall reached 3.5 inches in the valley.")).toMatchObject({ value: 3.5, kind: "measure", label: "inches" });
  });

  it("reads number words, a dozen, and hundreds of", () => {
    expect(one("Officers detained seven suspects near the border.")).toMatchObject({ value: 7, display: "seven", label: "suspects detained", kind: "people" });
    expect(one("Police questioned a dozen witnesses.")).toMatchObject({ value: 12, display: "a dozen", label: "witnesses questioned" });
    expect(one("The storm forced hundreds of families from their homes.")).toMatchObject({ value: 100, display: "hundreds of", qualifier: "hundreds of", label: "families" });
    expect(one("The plan would cost taxpayers about two million pounds.")).toMatchObject({ value: 2e6, unit: "GBP", qualifier: "about" });
    expect(one("Organisers said twenty-five thousand runners took part.")).toMatchObject({ value: 25000, label: "runners" });
  });

  it("reads ordinals that count and skips those that name periods or fractions", () => {
    expect(one("It is the bank's fifth consecutive annual loss.")).toMatchObject({ value: 5, kind: "rank", label: "consecutive annual loss" });
    expect(figs("Sales rose in the fourth quarter.")).toEqual([]);
    expect(figs("A third of the staff left.")).toEqual([]);
  });

  it("reads compounds", () => {
    expect(one("Members of the 28-nation bloc met on Monday.")).toMatchObject({ value: 28, display: "28-nation", label: "nations" });
    // The display says the unit, so the label does not repeat it: "10-year — sentence", not "10-year — year sentence".
    expect(one("He was handed a 10-year sentence for fraud.")).toMatchObject({ value: 10, display: "10-year", label: "sentence", kind: "measure" });
  });

  it("reads percentages", () => {
    expect(one("Unemployment fell 0.4% in March.")).toMatchObject({ value: 0.4, unit: "%", kind: "percent", label: "fall in unemployment" });
    expect(one("The firm owns 8 per cent of the airline.")).toMatchObject({ value: 8, display: "8 per cent", unit: "%", label: "share of airline" });
  });

  it("reads money in dollars, pounds and euros with bn, m, million and billion", () => {
    expect(one("The company posted a profit of $3.36bn.")).toMatchObject({ value: 3360000000, unit: "USD", label: "profit" });
    expect(one("Ministers approved a £600m rescue package.")).toMatchObject({ value: 600000000, unit: "GBP", label: "rescue package" });
    expect(one("Brussels imposed a €2.4 billion fine on the search firm.")).toMatchObject({ value: 2400000000, unit: "EUR", label: "fine" });
    expect(one("The club paid 50 million euros for the striker.")).toMatchObject({ value: 50000000, unit: "EUR", display: "50 million euros" });
    expect(one("The deal is worth US$1.5 million to the port.")).toMatchObject({ value: 1500000, unit: "USD" });
  });

  it("reads ranges", () => {
    expect(one("Witnesses said 20 to 30 gunmen stormed the hotel.")).toMatchObject({ value: 20, valueMax: 30, label: "gunmen", display: "20 to 30" });
    expect(one("Officials expect 20-30 centimetres of snow.")).toMatchObject({ value: 20, valueMax: 30, display: "20-30" });
    expect(one("The storm cut power to between 5,000 and 8,000 homes.")).toMatchObject({ value: 5000, valueMax: 8000 });
  });

  it("tells a change from a range: only amounts of the same kind make a range", () => {
    expect(one("Officials expect 20 to 30 million visitors.")).toMatchObject({ value: 2e7, valueMax: 3e7, label: "visitors" });
    expect(one("Profit fell 36% to 2.9bn euros (£1.99bn).")).toMatchObject({
      value: 2.9e9,
      unit: "EUR",
      label: "profit",
      change: { value: 36, unit: "%", direction: "down" },
    });
    expect(one("Inflation rose from 5% to 7% last year.")).toMatchObject({ value: 7, previous: 5, unit: "%", label: "inflation" });
    expect(one("BP is increasing its dividend by 26% to 8.5 cents.")).toMatchObject({ value: 0.085, unit: "USD", label: "dividend", change: { value: 26, direction: "up" } });
  });

  it("keeps the qualifier and normalises the value", () => {
    const cases: [string, string, number][] = [
      ["Almost 300 people attended the vigil.", "almost", 300],
      ["Nearly 40 flights were cancelled.", "nearly", 40],
      ["More than 500 workers went on strike.", "more than", 500],
      ["The blaze destroyed over 70 homes.", "over", 70],
      ["About 60 protesters gathered outside.", "about", 60],
      ["Around 200 firefighters tackled the fire.", "around", 200],
      ["The ferry can carry up to 900 passengers.", "up to", 900],
      ["Some 3,000 troops were deployed.", "some", 3000],
      ["The bomb killed at least 12 people.", "at least", 12],
    ];
    for (const [text, qualifier, value] of cases) {
      expect(one(text), text).toMatchObject({ qualifier, value });
      expect(one(text).display.toLowerCase()).toBe(`${qualifier} ${value.toLocaleString("en-US")}`);
    }
  });

  it("folds casualty verbs into the label", () => {
    expect(one("The quake killed 2,000 people.")).toMatchObject({ label: "people killed", kind: "casualties" });
    expect(one("Fourteen miners were injured in the blast.")).toMatchObject({ value: 14, label: "miners injured", kind: "casualties" });
    expect(one("The crash left 40 dead.")).toMatchObject({ label: "dead", kind: "casualties" });
    expect(one("Rescuers said 12 climbers are still missing.")).toMatchObject({ label: "climbers missing" });
  });
});

describe("what is not a key figure", () => {
  it.each([
    ["years", "The law was passed in 1998 and amended in 2015."],
    ["decades", "Sales peaked in the 1990s."],
    ["dates", "The vote is on November 17 and the count on 18 November."],
    ["numeric dates", "The letter was dated 17/11/2015."],
    ["clock times", "The train left at 20:50 and arrived at 8pm."],
    ["a.m. times", "Polls open at 7 a.m. on Thursday."],
    ["scores", "The match ended 0-0 after Wales drew 1-1 with Italy."],
    ["winning scores", "Chelsea won 3-1 at Anfield."],
    ["ages", "The driver, aged 25, was arrested along with a 30-year-old man."],
    ["ages after a name", "Williams, 33, won the title."],
    ["ages as a threshold", "The rule applies before the age of 18 rather than before 21."],
    ["phone numbers", "Call the hotline on 0800 555 0123."],
    ["identifiers", "Flight 370 was a Boeing 777 and the G20 met over Covid-19."],
    ["days of the month", "She returns on the 17th."],
    ["periods", "Profits fell in the three months to December."],
    ["lone 'one'", "One of the attackers blew himself up."],
  ])("skips %s", (_what, text) => {
    expect(figs(text)).toEqual([]);
  });

  it("never throws on an empty list, odd limits or odd salience", () => {
    expect(findFigures([])).toEqual([]);
    const s = articleSentences({ paragraphs: ["The fire killed 12 people."] });
    expect(findFigures(s, { limit: 0 })).toEqual([]);
    expect(findFigures(s, { limit: -3 })).toEqual([]);
    expect(findFigures(s, { limit: Number.NaN })).toHaveLength(1);
    expect(findFigures(s, { salience: [Number.NaN] })).toHaveLength(1);
  });
});

describe("what an editor would find wrong or useless on the card", () => {
  it("never labels a measure with its own unit: the label is what follows, or the figure is left out", () => {
    expect(one("Greene won the 60m hurdles in Birmingham.")).toMatchObject({ display: "60m", label: "hurdles", kind: "measure" });
    expect(one("The cinema still shows a 35mm print.")).toMatchObject({ display: "35mm", label: "print" });
    expect(one("They signed 12-month contracts.")).toMatchObject({ display: "12-month", label: "contracts" });
    expect(figs("Dibaba won the women's 5,000m at the Boston Indoor Games.")).toEqual([]);
    expect(figs("The console (12cm by 7.4cm) plays films.")).toEqual([]);
  });

  it("keeps ordinals that count (a streak, 'a seventh' for the last count) and drops those that rank", () => {
    expect(figs("Fans pre-ordered the sixth book in the series.")).toEqual([]);
    expect(figs("Small Island, Levy's fourth novel, is set in England.")).toEqual([]);
    expect(figs("Tesco is Britain's third-largest retailer.")).toEqual([]);
    expect(figs("He finished sixth.")).toEqual([]);
    expect(one("It is the bank's fifth consecutive annual loss.")).toMatchObject({ value: 5, kind: "rank" });
    expect(figs("Police arrested six men in Paris and a seventh in Brussels.").map((f) => [f.value, f.label])).toEqual([
      [6, "men arrested"],
      [7, "men arrested"],
    ]);
  });

  it("drops counts of one and ratios' denominators", () => {
    expect(figs("He faces more than one rival for the crown.")).toEqual([]);
    expect(one("At least one person was killed in the crash.")).toMatchObject({ value: 1, kind: "casualties" });
    expect(figs("By two, one in five boys was overweight.")).toEqual([]);
    expect(figs("By two years-old, the children were taller.")).toEqual([]);
    expect(figs("Two-thirds of the shares and three-quarters of the bonds were sold.")).toEqual([]);
  });

  it("labels race times by their event, from the sentence or the ones before, minutes included", () => {
    expect(one("Blume crossed the line in 6.67 secs in the 60m.")).toMatchObject({ display: "6.67 secs", label: "60m time", value: 6.67, kind: "measure" });
    expect(one("She was third in 7.27 seconds in the women's 60m.")).toMatchObject({ label: "60m time" });
    const s = articleSentences({ paragraphs: ["Dibaba set a 5,000m world record in Boston.", "She won in 14 minutes 32.93 seconds."] });
    expect(findFigures(s, { limit: 10 }).find((f) => f.sentence === 1)).toMatchObject({ display: "14 minutes 32.93 seconds", value: 872.93, label: "5,000m time" });
    // Whole seconds are a duration, not a result.
    expect(figs("The alarm sounded for 30 secs.")).toEqual([]);
  });

  it("ranks technical specifications below what the story counts, and does not read '2k' as 2,000", () => {
    const s = articleSentences({ paragraphs: ["The screens show films at 1080 pixels.", "The network will reach 250 screens."] });
    expect(findFigures(s, { salience: [1, 0] }).map((f) => f.label)).toEqual(["screens", "pixels"]);
    expect(figs("The network will employ 2k projectors.")).toEqual([]);
    expect(one("The firm will hire 30k workers.")).toMatchObject({ value: 30000, label: "workers" });
  });

  it("leaves out model numbers, addresses and names that look like counts", () => {
    expect(figs("Boeing unveiled the new 777 plane.")).toEqual([]);
    expect(figs("It will replace the 787 Dreamliner in service.")).toEqual([]);
    expect(figs("He walked through the door of 10 Downing Street.")).toEqual([]);
    expect(figs("The conductor died in Germany at 50.")).toEqual([]);
    expect(figs("It had almost three times as many people leaving as joining.")).toEqual([]);
  });

  it("gives money a noun for a label, never a lone verb", () => {
    expect(one("A dress worn in the film has fetched $137,000 at auction.")).toMatchObject({ value: 137000, label: "sale price" });
    expect(figs("Profit was $186m, compared with $1.13bn a year earlier.").map((f) => f.value)).toEqual([186000000]);
    expect(one("Mothers then get £102.80 a week until the baby is six months old.")).toMatchObject({ label: "a week" });
    expect(one("Students were forecast to bring in at least £110m in profit.")).toMatchObject({ label: "profit", qualifier: "at least" });
    expect(one("It can cost up to £1,500 to make a copy of a print.")).toMatchObject({ label: "to make a copy" });
  });

  it("does not fill the card with the same label: a repeat counts for less", () => {
    const s = articleSentences({
      paragraphs: ["Kosenkow won in 21.07 secs in the 200m, with Balkom second in 21.58 secs and Blume third in 21.70 secs.", "The meeting sold 400 tickets."],
    });
    // Measures weigh less than counts, yet without the penalty the three times would all come before the arrests.
    expect(findFigures(s, { limit: 2, salience: [1, 0] }).map((f) => f.label)).toEqual(["200m time", "tickets sold"]);
  });
});

describe("figureCaption", () => {
  const base: KeyFigure = { value: 1130000000, display: "$1.13bn", label: "quarterly profits", kind: "money", unit: "USD", sentence: 0 };

  it("is the label alone when the article gives no change", () => {
    expect(figureCaption(base)).toBe("quarterly profits");
  });

  it("adds the change and the earlier amount in the figure's own currency and scale", () => {
    expect(figureCaption({ ...base, change: { value: 76, unit: "%", direction: "up" }, previous: 639000000 })).toBe("quarterly profits (up 76%, from $639m)");
    expect(figureCaption({ ...base, value: 11.1e9, display: "$11.1bn", label: "sales", previous: 10.9e9 })).toBe("sales (from $10.9bn)");
    expect(figureCaption({ ...base, display: "at least £2bn", qualifier: "at least", unit: "GBP", previous: 1.2e9, change: { value: 40, unit: "%", direction: "down" } })).toBe(
      "quarterly profits (down 40%, from £1.2bn)",
    );
    expect(figureCaption({ ...base, display: "2.9bn euros", unit: "EUR", previous: 4.5e9 })).toBe("quarterly profits (from 4.5bn euros)");
    expect(figureCaption({ ...base, display: "50 million euros", unit: "EUR", previous: 4.5e7 })).toBe("quarterly profits (from 45 million euros)");
  });

  it("writes pence, cents, plain amounts and percentages the way the display does", () => {
    expect(figureCaption({ ...base, value: 5.48, display: "548p", unit: "GBP", label: "share price", previous: 5.12 })).toBe("share price (from 512p)");
    expect(figureCaption({ ...base, value: 1.2, display: "$1.20", label: "fare", previous: 0.9 })).toBe("fare (from $0.90)");
    expect(figureCaption({ ...base, value: 1400, display: "1,400 yen", unit: "JPY", label: "price", previous: 1250 })).toBe("price (from 1,250 yen)");
    expect(figureCaption({ ...base, value: 7, display: "7%", unit: "%", kind: "percent", label: "inflation", previous: 5 })).toBe("inflation (from 5%)");
  });

  it("captions the figures findFigures returns: bbc-business-001's profit", () => {
    const profit = find(findFigures(bbcSentences("bbc-business-001"), { limit: 10 }), 1130000000);
    expect(profit && figureCaption(profit)).toBe("quarterly profits (up 76%, from $639m)");
  });

  it("never throws and always starts with the label, on any figure the finder returns", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.double(), (text, previous) => {
        for (const f of figs(`${text} rose 5% to $${text.length}bn from $3m.`)) {
          expect(figureCaption(f).startsWith(f.label)).toBe(true);
          expect(() => figureCaption({ ...f, previous })).not.toThrow();
        }
      }),
      { numRuns: 200, seed: 76 },
    );
  });
});

describe("ranking", () => {
  it("puts casualties and money before incidental counts at equal salience", () => {
    const s = articleSentences({
      paragraphs: ["The convoy had 14 trucks.", "The blast killed 3 people.", "Repairs will cost $2m."],
    });
    const out = findFigures(s, { salience: [1, 1, 1] });
    expect(out.map((f) => f.kind)).toEqual(["casualties", "money", "count"]);
  });

  it("follows the salience it is given", () => {
    const s = articleSentences({ paragraphs: ["Police made 40 arrests.", "Police seized 90 weapons."] });
    expect(findFigures(s, { salience: [0, 1] }).map((f) => f.value)).toEqual([90, 40]);
    expect(findFigures(s, { salience: [1, 0] }).map((f) => f.value)).toEqual([40, 90]);
    // Without salience, the lead counts most.
    expect(findFigures(s).map((f) => f.value)).toEqual([40, 90]);
  });

  it("breaks ties by sentence index, then by position in the sentence", () => {
    const s = articleSentences({ paragraphs: ["Police seized 50 rifles and 70 pistols.", "Police seized 90 grenades."] });
    expect(findFigures(s, { salience: [0.5, 0.5] }).map((f) => f.value)).toEqual([50, 70, 90]);
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
    findFigures(bbcSentences("bbc-business-001"), { limit: 20 });
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
