// The figures scorer (`nutgraf eval --figures`) and `nutgraf figures --all`, on fixtures copied from the gold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { evalFiguresCommand } from "#cli/eval-figures.ts";
import { figuresCommand } from "#cli/figures.ts";
import { briefArticle } from "#brief/brief.ts";
import { EvalDataError, exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { evaluateFigures, highlightNumbers, highlightOccurrences, nutgrafCard } from "#eval/figures-eval.ts";
import { holdsFact, holdsValue } from "#eval/figures-highlights.ts";
import { parseJsonArticle } from "#news/article.ts";
import { type GoldNumber, isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, keyFacts, labelMatches, matchGold, rates, scoreCard } from "#eval/figures-score.ts";
import { naiveCard } from "#eval/naive-numbers.ts";
import { articleSentences } from "#news/sentences.ts";

const GOLD = new URL("./fixtures/figures-gold-bbc-business-001.jsonl", import.meta.url);
const ARTICLES = new URL("./fixtures/bbc-business-001.jsonl", import.meta.url);
const gold = parseFiguresGold(readFileSync(GOLD, "utf8"));
const examples = readEvalSet(readFileSync(ARTICLES, "utf8")).examples;

const number = (over: Partial<GoldNumber>): GoldNumber => ({
  sentence: "Profits rose 76% to $1.13bn in the quarter.",
  surface: "$1.13bn",
  value: 1.13e9,
  valueMax: null,
  unit: "USD",
  qualifier: null,
  type: "money",
  counts: "quarterly profit",
  head: "profit",
  key: true,
  in_highlights: false,
  ...over,
});

describe("matching a card figure to the gold", () => {
  const g = number({});
  const other = number({ surface: "76%", value: 76, unit: "percent", type: "percent", counts: "profit rise", head: "rise" });

  it("matches by sentence and overlapping surface, not by value alone", () => {
    expect(matchGold({ value: 1.13e9, display: "$1.13bn", sentenceText: g.sentence }, [other, g])).toBe(g);
    expect(matchGold({ value: 1.13e9, display: "$1.13bn", sentenceText: "Another sentence entirely, with $1.13bn." }, [g])).toBeUndefined();
    expect(matchGold({ value: 76, display: "76%", sentenceText: g.sentence }, [g])).toBeUndefined();
    // A misread value still matches its gold number (by surface), so value accuracy can count it wrong.
    expect(matchGold({ value: 1.13, display: "$1.13", sentenceText: g.sentence }, [g])).toBe(g);
  });

  it("judges labels by the gold head or a word of its counts, stemmed", () => {
    expect(labelMatches("quarterly profits", g)).toBe(true);
    expect(labelMatches("the firm", g)).toBe(false);
    expect(labelMatches(undefined, g)).toBe(false);
  });

  it("groups the same key fact said twice", () => {
    expect(keyFacts([g, { ...g, sentence: "Again: $1.13bn." }, other, { ...other, key: false }])).toHaveLength(2);
  });

  it("counts a key score in key recall but not among the key figures a card may hold", () => {
    const score = number({ sentence: "The US were beaten 3-2 in the tie.", surface: "3-2", value: 3, unit: null, type: "score", counts: "tie score", head: "score" });
    // Said once as a score and once as a count, the fact is cardable: a card may hold it as the count.
    const twice = number({ value: 12, surface: "12", type: "count", counts: "arrests", head: "arrests", sentence: "Police made 12 arrests." });
    const twiceAsScore = { ...twice, type: "score" as const, sentence: "It ended 12-0." };
    const into = emptyCounts();
    scoreCard({ id: "x", source: "bbc", numbers: [g, other, score, twice, twiceAsScore] }, [{ value: 1.13e9, display: "$1.13bn", sentenceText: g.sentence, label: "profit" }], into);
    expect(into).toMatchObject({ keyFacts: 4, keyRecalled: 1, keyCardable: 3, keyCardableRecalled: 1 });
    expect(rates(into)).toMatchObject({ keyRecall: 25, cardableKeyRecall: 33.3 });
  });
});

describe("the scorer's rules, each on a case worked by hand", () => {
  const g = number({});
  const other = number({ surface: "76%", value: 76, unit: "percent", type: "percent", counts: "profit rise", head: "rise" });

  it("matches a misread figure to the number it was read from, before an equal value elsewhere in the sentence", () => {
    // "76%" read as $1.13bn overlaps the gold 76%; the gold $1.13bn only has its value.
    expect(matchGold({ value: 1.13e9, display: "76%", sentenceText: g.sentence }, [g, other])).toBe(other);
  });

  it("takes a gold sentence trimmed under 20 characters only when it is the whole sentence", () => {
    const short = number({ sentence: "12 arrests.", surface: "12", value: 12, type: "count", counts: "arrests", head: "arrests" });
    expect(matchGold({ value: 12, display: "12", sentenceText: "12 arrests." }, [short])).toBe(short);
    expect(matchGold({ value: 12, display: "12", sentenceText: "Police said there were 12 arrests." }, [short])).toBeUndefined();
  });

  it("needs spans to share a character to overlap: '£5' and the '00m' after it only touch", () => {
    // The gold value is neither figure's, so only the spans can match them.
    const fiver = number({ sentence: "The council spent £500m on roads.", surface: "£5", value: 7, type: "money" });
    expect(matchGold({ value: 500, display: "00m", sentenceText: fiver.sentence }, [fiver])).toBeUndefined();
  });

  it("takes a label as right when it shares a word of the gold's counts, not only its head noun, stemmed", () => {
    expect(labelMatches("quarterly results", g)).toBe(true);
    expect(labelMatches("profits", number({ counts: "annual profit", head: "profit" }))).toBe(true);
  });

  it("keeps two key facts of one value apart when they count different things", () => {
    expect(keyFacts([g, { ...g, sentence: "Annual profit was also $1.13bn.", counts: "annual profit" }])).toHaveLength(2);
  });

  it("holds a key fact by an equal value only with a matching label or in its own sentence", () => {
    const arrests = number({ sentence: "Police made 12 arrests.", surface: "12", value: 12, type: "count", counts: "arrests", head: "arrests" });
    const into = emptyCounts();
    scoreCard({ id: "x", source: "bbc", numbers: [arrests] }, [{ value: 12, display: "12", sentenceText: "The trial lasted 12 days.", label: "days" }], into);
    expect(into).toMatchObject({ keyFacts: 1, keyRecalled: 0, matched: 0 });
  });

  it("counts junk by the gold's type (identifiers too), so an untyped card figure can be junk, and label accuracy over matched figures", () => {
    // The card: "747" (an identifier, no type or label: the naive card's kind), "$1.13bn" labelled right, and a figure
    // matching nothing. Matched 2, one label right of 2 matched: 50%, one junk.
    const plane = number({ sentence: "The airline bought a Boeing 747 for its fleet.", surface: "747", value: 747, type: "identifier", key: false });
    const into = emptyCounts();
    const card = [
      { value: 747, display: "747", sentenceText: plane.sentence },
      { value: 1.13e9, display: "$1.13bn", sentenceText: g.sentence, label: "profit" },
      { value: 3, display: "three", sentenceText: "Three other sentences." },
    ];
    scoreCard({ id: "x", source: "bbc", numbers: [g, plane] }, card, into);
    expect(into).toMatchObject({ card: 3, matched: 2, labelRight: 1, junk: 1 });
    expect(rates(into).labelAccuracy).toBe(50);
  });
});

describe("highlight recall's rules, each on a case worked by hand", () => {
  it("reads what a highlight number counts within four words of it, not from the whole highlight", () => {
    // Four words after "Five": men, were, arrested, on: "port" is the twelfth and says nothing of the five.
    const highlight = "Five men were arrested on Tuesday after a long chase through the port.";
    const o = { value: 5, highlight: 0, at: 0, countable: true };
    expect(holdsFact({ value: 5, display: "five", sentenceText: "The port reopened five days later." }, o, highlight)).toBe(false);
  });

  it("holds a highlight number the card prints as the earlier value", () => {
    expect(holdsValue({ value: 1.13e9, previous: 639e6 }, 639e6)).toBe(true);
  });
});

describe("the gold file", () => {
  it("rejects a malformed line with a typed error naming it", () => {
    expect(() => parseFiguresGold('{"id": "x", "source": "bbc", "numbers": [{"value": "ten"}]}')).toThrow(EvalDataError);
    expect(() => parseFiguresGold("not json")).toThrow(/gold line 1/);
  });

  it("splits articles into halves by id, the same way every time", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `article-${i}`);
    const halves = ids.map(isTuneHalf);
    expect(ids.map(isTuneHalf)).toEqual(halves);
    expect(halves.filter(Boolean).length).toBeGreaterThan(10);
    expect(halves.filter((x) => !x).length).toBeGreaterThan(10);
  });
});

describe("evaluateFigures on bbc-business-001", () => {
  const report = evaluateFigures(gold, examples);

  it("scores nutgraf's card and the naive card side by side", () => {
    expect(report.articles.all).toBe(1);
    const n = report.systems.nutgraf.all;
    expect(n.counts.keyFacts).toBe(5);
    // The card holds the profit with its 76% rise, the sales, the subscribers lost and the full-year profit.
    expect(n.keyRecall).toBeGreaterThanOrEqual(80);
    expect(n.valueAccuracy).toBe(100);
    expect(n.junk).toBe(0);
    expect(report.systems.naive.all.keyRecall).toBeLessThan(n.keyRecall);
  });

  it("scores the card the brief shows, read under the article's title ('$11.1bn' of sales first under 'Ad sales boost Time Warner profit')", () => {
    const [example] = examples;
    if (example?.title === undefined) throw new Error("fixture without its title");
    const brief = briefArticle(parseJsonArticle({ title: example.title, text: example.text }, { fallbackPublishedAt: "2005-01-01T00:00:00Z" }));
    const card = nutgrafCard(example, exampleSentences(example));
    expect(card).toEqual(brief.figures);
    expect(card[0]).toMatchObject({ display: "$11.1bn", label: "fourth quarter sales" });
  });

  it("counts only CNN/DailyMail highlights, leaving out years and ages", () => {
    expect(report.highlights.articles).toBe(0);
    const quoted = highlightNumbers({ id: "cnn-1", text: "x", highlights: ["Smith, 26, paid $20 in 2015 for 3 hats."] }, new Set([26, 20, 2015, 3]));
    expect([...quoted.quoted]).toEqual([20, 3]);
  });

  it("leaves out ages however a highlight writes them, and names that hold a number from the countable ones", () => {
    const highlights = [
      "Granado first arrested for relationship with boy, 15.",
      "Anderlecht rejected a move when he was 12.",
      "Convicted of touching a child under the age of 13.",
      "One third of 10 to 11-year-olds are overweight; babies left when they were four months old.",
      "The Germany Under 21 international played 90 minutes.",
      "No one was hurt; Three vehicles collided.",
      "They face Cuba on June 8 and 16.",
    ];
    const numbers = highlightNumbers({ id: "cnn-1", text: "x", highlights }, new Set([15, 12, 13, 10, 11, 4, 1, 21, 90, 3, 8, 16]));
    // "One third" is a fraction and "no one" no number: 1 is not quoted at all.
    expect([...numbers.quoted].sort((a, b) => a - b)).toEqual([3, 8, 16, 21, 90]);
    expect([...numbers.countable].sort((a, b) => a - b)).toEqual([3, 90]);
  });

  it("leaves numbers inside names, golf scores, seasons and match minutes out of the countable ones", () => {
    const countable = (highlight: string, value: number) =>
      highlightOccurrences({ id: "cnn-1", text: "x", highlights: [highlight] }, new Set([value])).map((o) => o.countable);
    expect(countable("Mateschitz threatened to pull the team out of F1.", 1)).toEqual([false]);
    expect(countable("Bird was spotted near the A4 flyover.", 4)).toEqual([false]);
    expect(countable("CF-18 Hornets bomb a garrison.", 18)).toEqual([false]);
    expect(countable("Five cars were involved in a crash on Interstate 16 .", 16)).toEqual([false]);
    expect(countable("Ferrari struggled at the start of the Formula One season.", 1)).toEqual([false]);
    expect(countable("Amends for their Six Nations defeat.", 6)).toEqual([false]);
    expect(countable("Ko shot a 2-over 74 on Saturday.", 74)).toEqual([false]);
    expect(countable("Spieth set a record total of 16-under-par.", 16)).toEqual([false]);
    expect(countable("He finished on 18 under par.", 18)).toEqual([false]);
    expect(countable("United led for 262 days in 1993/94.", 94)).toEqual([false]);
    expect(countable("Benteke headed Villa into the lead in the 35th minute.", 35)).toEqual([false]);
    expect(countable("Rooney doubled the lead on 79 minutes.", 79)).toEqual([false]);
    // Counts beside names stay: a lowercase word after, money, an ordinal, "6ft3in".
    expect(countable("City met with Jurgen Klopp two years ago.", 2)).toEqual([true]);
    expect(countable("Rangers will have to hand Newcastle £500,000 if promoted.", 500000)).toEqual([true]);
    expect(countable("Ricciardo 10th in Malaysia.", 10)).toEqual([true]);
    expect(countable("The 6ft3in man has no memory.", 3)).toEqual([true]);
    expect(countable("Liverpool eight points off fourth place.", 8)).toEqual([true]);
  });

  it("leaves out ages said with a hedge, as the second of a pair, or as a birthday", () => {
    const quoted = (highlight: string, values: number[]) => [...highlightNumbers({ id: "cnn-1", text: "x", highlights: [highlight] }, new Set(values)).quoted];
    expect(quoted("The school girls, aged between 16 and 18, train for 5 days.", [16, 18, 5])).toEqual([5]);
    expect(quoted("Ferguson made his debut at the age of just 16 and won 38 trophies.", [16, 38])).toEqual([38]);
    expect(quoted("Szczesny celebrated his 25th birthday with 3 friends.", [25, 3])).toEqual([3]);
  });

  it("leaves out ages after 'now', 'then', 'both' and 'turned', before 'and' a name, after 'ages' and 'he was just', and decades", () => {
    const quoted = (highlight: string, values: number[]) => [...highlightNumbers({ id: "cnn-1", text: "x", highlights: [highlight] }, new Set(values)).quoted];
    expect(quoted("Scott Kelley, now 50, and Mary Nunes, then 19, went missing with 2 dogs.", [50, 19, 2])).toEqual([2]);
    expect(quoted("Munshi and Asmal, both 17, left; Mazzy, who just turned four, smiled at 3 nurses.", [17, 4, 3])).toEqual([3]);
    expect(quoted("Cop found his parents Jerry, 83 and Marianne Hugel, 80, dead with 4 dogs.", [83, 80, 4])).toEqual([4]);
    expect(quoted("Firefighters rescued 4 children, ages 9 to 13; his mother died when he was just 13.", [4, 9, 13])).toEqual([4]);
    expect(quoted("Men in their 50s and 60s were stars in the 80s; 10 were held.", [50, 60, 80, 10])).toEqual([10]);
    // Not ages: a total that is now a number mid-clause, a count before "and" a lowercase word.
    expect(quoted("The toll is now 50 and rising; 6 and counting.", [50, 6])).toEqual([50, 6]);
  });

  it("leaves out an age range said with 'or' ('75 or 76 years old') but not thousands written '1,000s'", () => {
    const quoted = (highlight: string, values: number[]) => [...highlightNumbers({ id: "cnn-1", text: "x", highlights: [highlight] }, new Set(values)).quoted];
    expect(quoted("The man, 75 or 76 years old, met 3 nurses.", [75, 76, 3])).toEqual([3]);
    expect(quoted("1,000s of fans met 3 players.", [1000, 3])).toEqual([1000, 3]);
  });

  it("holds a highlight number as the same fact only when the card's sentence shares a word around it", () => {
    const highlight = "Five men and one woman were arrested at the port.";
    const o = { value: 5, highlight: 0, at: 0, countable: true };
    expect(holdsFact({ value: 5, display: "Five", sentenceText: "Five men and one woman were detained." }, o, highlight)).toBe(true);
    expect(holdsFact({ value: 5, display: "five", sentenceText: "The ferry left five days late." }, o, highlight)).toBe(false);
    const report = evaluateFigures([], [{ id: "cnn-3", text: "The talks lasted five days. Police arrested 12 men at the port.", highlights: ["Five men were arrested."] }]);
    expect(report.highlights.countable).toMatchObject({ numbers: 1, naive: 1 });
    expect(report.highlights.sameFact).toMatchObject({ numbers: 1, naive: 0 });
  });

  it("splits the highlight tallies by article half, and counts a number the naive card's first five miss as missed", () => {
    // cnn-3 falls in the tune half and cnn-7 in the held-out one (by article id); the naive card stops at "1, 2, 3, 4 and 6".
    expect([isTuneHalf("cnn-3"), isTuneHalf("cnn-7")]).toEqual([true, false]);
    const report = evaluateFigures([], [
      { id: "cnn-3", text: "The talks lasted five days. Police arrested 12 men at the port.", highlights: ["12 men were arrested at the port."] },
      { id: "cnn-7", text: "Lines 1, 2, 3, 4 and 6 were shut on Monday. Officers later seized 40 rifles from the depot.", highlights: ["Officers seized 40 rifles."] },
    ]);
    expect(report.highlights.countable).toEqual({ numbers: 2, nutgraf: 2, naive: 1 });
    expect(report.highlights.halves.tune.countable).toEqual({ numbers: 1, nutgraf: 1, naive: 1 });
    expect(report.highlights.halves.heldOut.countable).toEqual({ numbers: 1, nutgraf: 1, naive: 0 });
    expect(report.highlights.halves.heldOut.sameFact).toEqual({ numbers: 1, nutgraf: 1, naive: 0 });
  });

  it("counts a highlight number the card prints as a range's upper end", () => {
    const example = { id: "cnn-2", text: "The boy fell between 10 and 12ft into the pit.", highlights: ["He fell between 10 and 12ft."] };
    const report = evaluateFigures([], [example]);
    expect(report.highlights.quoted).toMatchObject({ numbers: 2, nutgraf: 2 });
  });

  it("counts a highlight number the card prints in its words: a share's parts, a height's feet and inches", () => {
    const share = { id: "cnn-4", text: "One in three women said they shy away from people because of their skin.", highlights: ["One in three women are self conscious."] };
    const height = { id: "cnn-5", text: "The man, who stands 6-foot-8, faces an animal cruelty charge.", highlights: ["Her 6-foot-8 son faces a charge."] };
    const report = evaluateFigures([], [share, height]);
    expect(report.highlights.countable).toEqual({ numbers: 4, nutgraf: 4, naive: 4 });
    expect(holdsValue({ value: 0.333, display: "One in three" }, 3)).toBe(true);
    expect(holdsValue({ value: 0.333, display: "One in three" }, 2)).toBe(false);
  });

  it("reads a card's words as the highlights are read: 'two-thirds' holds no 2, 'one-third' no 1", () => {
    expect([holdsValue({ value: 0.667, display: "two-thirds" }, 2), holdsValue({ value: 0.333, display: "one-third" }, 1), holdsValue({ value: 6.667, display: "6-foot-8" }, 8)]).toEqual([false, false, true]);
  });

  it("reports missing article texts instead of scoring them as empty", () => {
    expect(evaluateFigures(gold, []).missing).toEqual(["bbc-business-001"]);
  });

  it("prints the table the CLI shows", () => {
    const out = evalFiguresCommand(GOLD.pathname, [ARTICLES.pathname], { json: false });
    expect(out).toMatch(/key recall %\s+\d+\.\d\s+\d+\.\d/);
    expect(out).toMatch(/5 key figures, 5 of them cardable\n.*\n.*\n\s+cardable %\s+\d+\.\d\s+\d+\.\d/);
    expect(out).toContain("held-out half");
  });
});

describe("the naive card and every number", () => {
  it("the naive card is the first five distinct numbers, years left out", () => {
    const s = articleSentences({ paragraphs: ["In 2015, 3 men and 3 women paid $5m, 40%, 7, 8 and 9 times."] });
    expect(naiveCard(s).map((n) => n.value)).toEqual([3, 5e6, 40, 7, 8]);
  });

  it("lists every number typed, figures and the numbers that are none", () => {
    const s = articleSentences({ paragraphs: ["The law was passed in 1998. The driver, aged 25, left at 20:50 after Chelsea won 3-1 with 40 fans."] });
    expect(everyNumber(s).map((n) => [n.display, n.type, n.candidate])).toEqual([
      ["1998", "year", false],
      ["25", "age", false],
      ["20:50", "time", false],
      ["3-1", "score", false],
      ["40", "count", true],
    ]);
  });
});

describe("nutgraf figures", () => {
  const seed = new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url).pathname;

  it("--all --json lists every number of the seed with type, value, qualifier and label", async () => {
    const numbers = JSON.parse(await figuresCommand(seed, { all: true, json: true })) as { value: number; type: string; qualifier?: string; label: string }[];
    expect(numbers.find((n) => n.value === 129)).toMatchObject({ type: "count", qualifier: "at least", label: "people killed" });
    expect(numbers.every((n) => typeof n.type === "string")).toBe(true);
  });

  it("without --all prints the card", async () => {
    const out = await figuresCommand(seed, { all: false, json: false, limit: 2 });
    expect(out).toContain("at least 129");
    expect(out.trim().split("\n")).toHaveLength(4);
  });
});
