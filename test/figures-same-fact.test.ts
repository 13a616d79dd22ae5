// The same fact said twice is kept once on the card (issue 12, item 4); two facts that share an amount stay two.
// One amount said twice, once rounded, or again in the currency it was converted to, is one fact.
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { type FactFigure, sameFact } from "#brief/figures/card/same-fact.ts";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, figs } from "#test/helpers/figures.ts";

const shown = (text: string) => figs(text).map((f) => ({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label }));

describe("the same fact twice is kept once", () => {
  it("keeps one of an amount from 10 up said twice in other words ('capped 25 times' / 'on 25 occasions')", () => {
    expect(shown("The right back, capped 25 times by Brazil, was sacked again. Ze Maria represented Brazil on 25 occasions.")).toEqual([
      { value: 25, qualifier: undefined, unit: undefined, label: "times capped" },
    ]);
  });

  it("keeps one of two counts whose labels share a stem ('killing two men' / 'the two killings')", () => {
    expect(shown("Hinton was convicted of killing two men. The two killings were never linked to each other.")).toEqual([
      { value: 2, qualifier: undefined, unit: undefined, label: "men killed" },
    ]);
  });

  it("keeps one of a small count repeated in a near-identical sentence", () => {
    expect(
      shown(
        "Torres has found goals difficult to come by since his January return to the Vicente Calderon and has scored just four times for Diego Simeone's side. " +
          "Torres has managed just four goals for Atletico since his return to the Vicente Calderon in January.",
      ),
    ).toEqual([{ value: 4, qualifier: "just", unit: undefined, label: "times scored" }]);
  });
});

describe("an amount said twice in sentences of no shared words", () => {
  it("is one fact from 10 up ('10 passengers' / '10 witnesses'), two under it ('nine passengers' / 'nine witnesses')", () => {
    expect(shown("The coach carried 10 passengers from Leeds. Police later questioned 10 witnesses at the scene.")).toEqual([
      { value: 10, qualifier: undefined, unit: undefined, label: "passengers" },
    ]);
    expect(shown("The coach carried nine passengers from Leeds. Police later questioned nine witnesses at the scene.")).toEqual([
      { value: 9, qualifier: undefined, unit: undefined, label: "passengers" },
      { value: 9, qualifier: undefined, unit: undefined, label: "witnesses questioned" },
    ]);
  });

  it("is one fact for a percentage under 10 under two labels ('as much as 5%' rise / 'the 5% hike')", () => {
    expect(shown("Energy prices could rise by as much as 5% next year. Ministers said the 5% hike would hit pensioners hardest.")).toEqual([
      { value: 5, qualifier: "as much as", unit: "%", label: "rise in energy prices" },
    ]);
  });
});

describe("labels that say the same", () => {
  it("keeps one of two labels sharing half their words ('four years in prison' / 'four years in jail')", () => {
    expect(shown("Donohue was sentenced to four years in prison. In February, he was sentenced four years in jail.")).toEqual([
      // The first names whose term it is (role-owner.ts); the two are still one fact (restated.ts: prison, jail).
      { value: 4, qualifier: undefined, unit: "years", label: "Donohue's prison term" },
    ]);
  });
});

describe("a place in an order and an amount are two facts", () => {
  it("keeps 'the third leading online search firm' and 'the firm's revenue nearly tripled' both", () => {
    const found = shown("Ask Jeeves is the third leading online search firm. The firm's revenue nearly tripled in the fourth quarter.");
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ value: 3, qualifier: undefined, unit: undefined, label: "leading online search firm" });
    expect(found).toContainEqual({ value: 3, qualifier: "nearly", unit: undefined, label: "firm's revenue" });
  });
});

describe("the level a change implies is kept once", () => {
  it("keeps '£4.5bn, up 18%' and drops last year's '£3.8bn' it implies", () => {
    expect(shown("Pre-tax profits rose 18% to £4.5bn. Last year the firm made £3.8bn.")).toEqual([
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "pre-tax profits" },
    ]);
  });

  it("keeps the change, not the level, when the level scores higher (said first, the change later)", () => {
    expect(shown("Last year the retailer made a profit of £3.8bn. On Tuesday it said pre-tax profits rose 18% to £4.5bn.")).toEqual([
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "pre-tax profits" },
    ]);
  });

  it("takes a level within 1% of the implied one and no further (4.5 / 1.18 = 3.81: £3.85bn is it, £3.9bn is not)", () => {
    expect(shown("Pre-tax profits rose 18% to £4.5bn. Last year the firm made £3.85bn.")).toEqual([
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "pre-tax profits" },
    ]);
    expect(shown("Pre-tax profits rose 18% to £4.5bn. Last year the firm made £3.9bn.")).toEqual([
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "pre-tax profits" },
      { value: 3_900_000_000, qualifier: undefined, unit: "GBP", label: "earnings" },
    ]);
  });

  it("keeps a level the change does not imply ('up 18%' to £4.5bn beside £3.5bn)", () => {
    expect(shown("Pre-tax profits rose 18% to £4.5bn. Last year the firm made £3.5bn.").map((f) => f.value)).toEqual([4_500_000_000, 3_500_000_000]);
  });
});

describe("a change takes its level's place only when that puts no fact on the card twice", () => {
  it("'rose 18% to £4.5bn' stays off a card that holds its level (£3.8bn) and another '£4.5bn' already", () => {
    // Equal salience, a headline naming nothing: the level and the other £4.5bn are picked first (the change is deep).
    const filler = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"].map(
      (n) => `Filler sentence number ${n} says nothing new about it.`,
    );
    const paragraphs = [
      "Last year the firm made a profit of £3.8bn.",
      "The £4.5bn result was announced on Tuesday.",
      ...filler,
      "Pre-tax profits rose 18% to £4.5bn.",
    ];
    const s = articleSentences({ paragraphs });
    const candidates = cardCandidates(s, { salience: paragraphs.map(() => 1), headline: "News in brief" });
    const card = pickFigures(candidates, s.length, 3, CARD_WEIGHTS);
    expect(card.map(exact)).toEqual([
      { value: 3_800_000_000, qualifier: undefined, unit: "GBP", label: "profit", type: "money" },
      { value: 4_500_000_000, qualifier: undefined, unit: "GBP", label: "result", type: "money" },
    ]);
  });
});

describe("a vague amount beside an exact one of the same thing is kept once, exactly", () => {
  it("keeps 'up to 45,000 jobs' cut and drops the 'thousands of jobs' to shed said after it", () => {
    expect(shown("Mittal Steel could cut up to 45,000 jobs. The combined company will have to shed thousands of jobs.")).toEqual([
      { value: 45_000, qualifier: "up to", unit: undefined, label: "jobs cut" },
    ]);
  });

  it("keeps the exact amount said after the vague one, in its place ('hundreds of homes' / '340 homes')", () => {
    expect(shown("Hundreds of homes were evacuated overnight. Officials said 340 homes were evacuated.")).toEqual([
      { value: 340, qualifier: undefined, unit: undefined, label: "homes evacuated" },
    ]);
  });

  it("takes 'hundreds of' to reach up to, not including, ten times itself ('999 homes' in its place, '1,000 homes' beside it)", () => {
    expect(shown("Hundreds of homes were evacuated overnight. Officials said 999 homes were evacuated.")).toEqual([
      { value: 999, qualifier: undefined, unit: undefined, label: "homes evacuated" },
    ]);
    expect(shown("Hundreds of homes were evacuated overnight. Officials said 1,000 homes were evacuated.")).toEqual([
      { value: 100, qualifier: "hundreds of", unit: undefined, label: "homes evacuated" },
      { value: 1000, qualifier: undefined, unit: undefined, label: "homes evacuated" },
    ]);
  });

  it("keeps both when the exact amount is past the vague one's reach ('hundreds of homes' / '4,000 homes')", () => {
    expect(shown("Hundreds of homes were evacuated overnight. Officials said 4,000 homes were evacuated.").map((f) => f.value)).toEqual([100, 4000]);
  });
});

describe("two facts that share an amount stay two", () => {
  it("keeps two small counts of different things in different sentences", () => {
    expect(shown("Police seized two rifles at the house. The two suspects fled north.").map((f) => f.label)).toEqual(["rifles seized", "suspects"]);
  });

  it("keeps two equal amounts of one sentence ('50 cows and 50 juveniles')", () => {
    expect(shown("The department moved 50 cows and 50 juveniles to the village.").map((f) => f.label)).toEqual(["cows", "juveniles"]);
  });

  it("keeps two vague amounts of different things ('hundreds of firefighters' / 'hundreds of homes')", () => {
    expect(shown("Hundreds of firefighters fought the blaze overnight. Hundreds of homes were evacuated on Sunday.").map((f) => f.label)).toEqual([
      "firefighters",
      "homes evacuated",
    ]);
  });

  it("does not count the amount's own word as a word the sentences share", () => {
    expect(shown("Five others were suspended. Sale was suspended for five games on Tuesday.").map((f) => f.value)).toEqual([5, 5]);
  });

  it("keeps equal tallies of two kinds apart ('10 goals' / '10 matches')", () => {
    expect(shown("Burnley have let in 10 goals against Arsenal. Giroud has played 10 matches since January.").map((f) => f.label)).toEqual([
      "goals",
      "matches",
    ]);
  });
});

describe("a game's result is the same tally as the result's own noun", () => {
  it("keeps one of 'won seven on the trot' (games won) and 'seven wins on the trot'", () => {
    const text = "The Rovers have now won seven on the trot. Reyes has led his side to seven wins on the trot.";
    expect(shown(text)).toEqual([
      { value: 7, qualifier: undefined, unit: undefined, label: "games won" },
    ]);
  });

  it("keeps one of 'lost four matches' (matches lost) and 'the four defeats'", () => {
    const text =
      "The Rovers lost four matches in a row before the break. Reyes said the four defeats came from poor defending.";
    expect(shown(text)).toEqual([
      { value: 4, qualifier: undefined, unit: undefined, label: "matches lost" },
    ]);
  });

  it("keeps caps won and wins apart: only a game takes a result ('won 12 caps' / '12 wins')", () => {
    const text = "Okafor has won 12 caps for Nigeria since his debut. His club have 12 wins this season.";
    expect(shown(text).map((f) => f.label)).toEqual([
      "caps",
      "wins",
    ]);
    const count = (label: string, sentence: number): FactFigure => ({
      figure: { display: "12", value: 12, kind: "count", label, sentence },
      sentenceText: `Sentence ${sentence}.`,
    });
    expect(sameFact(count("caps won", 0), count("wins", 1))).toBe(false);
    // A toll's "lost" is no defeat: "lives lost" and "defeats" stay two tallies.
    expect(sameFact(count("lives lost", 0), count("defeats", 1))).toBe(false);
    // A result is one fact with the same result only: 'games won' is no 'goals', nor 'defeats'.
    expect(sameFact(count("games won", 0), count("goals", 1))).toBe(false);
    expect(sameFact(count("games won", 0), count("defeats", 1))).toBe(false);
  });
});

describe("sameFact on figures as read", () => {
  const figure = (f: Partial<KeyFigure> & Pick<KeyFigure, "value" | "label" | "sentence">): FactFigure => ({
    figure: { display: String(f.value), kind: "money", unit: "GBP", ...f },
    sentenceText: `Sentence ${f.sentence}.`,
  });

  it("takes a fall of 100% or more to imply no earlier level (its division by zero would match any amount)", () => {
    const gone = figure({ value: 5, label: "profits", sentence: 0, change: { value: 100, unit: "%", direction: "down" } });
    const other = figure({ value: 7_000_000, label: "shares sold", sentence: 1 });
    expect(sameFact(gone, other)).toBe(false);
    expect(sameFact(other, gone)).toBe(false);
    // A fall under 100% still implies one: 5 after a 50% fall was 10.
    const halved = figure({ value: 5, label: "profits", sentence: 0, change: { value: 50, unit: "%", direction: "down" } });
    expect(sameFact(halved, figure({ value: 10, label: "turnover", sentence: 1 }))).toBe(true);
  });
});

describe("money said again in the currency its first mention was converted to is the same fact", () => {
  it("'fined 200,000 rubles (£2,500)' then 'fined £2,500': one fine on the card", () => {
    const found = figs("Spartak was fined 200,000 rubles (£2,500) over the incident. The club were fined £2,500 and had an appeal rejected.");
    expect(found).toEqual([expect.objectContaining({ value: 200000, display: "200,000 rubles", unit: "RUB", type: "money", label: "fine" })]);
  });
});

describe("one amount said twice, once rounded, is one fact on the card", () => {
  it("'More than 5.2 million Germans' and '5.216 million people' out of work: the lead kept, once", () => {
    const card = figs("More than 5.2 million Germans were out of work in February, new figures show.\n\nThe figure of 5.216 million people is the highest jobless rate since the 1930s.");
    expect(card.map(exact)).toEqual([{ value: 5.2e6, qualifier: "more than", unit: undefined, label: "Germans", type: "count" }]);
  });

  it("not two amounts that differ past the rounding: 5.2 million and 5.9 million", () => {
    const card = figs("More than 5.2 million Germans were out of work in February, new figures show.\n\nThe figure of 5.9 million people is the highest jobless rate since the 1930s.");
    expect(card.map((f) => f.value)).toEqual([5.2e6, 5.9e6]);
  });

  it("nor 'some 180 calories' beside '185 calories' (185 rounds to 190), nor a bare '12 stone' beside '11.5 stone'", () => {
    expect(figs("A slice has some 180 calories, the report said.\n\nA muffin has 185 calories, it added.").map((f) => f.value)).toEqual([180, 185]);
    expect(figs("She weighed 12 stone at her heaviest.\n\nShe now weighs 11.5 stone, her trainer said.").map((f) => f.value).sort()).toEqual([11.5, 12]);
  });

  // The card of each: value, qualifier, label.
  const card = (text: string) => figs(text).map((f) => [f.value, f.qualifier, f.label]);

  it("nor another crowd on the wrong side of the hedge: 'More than 52,000' beside 51,600, 'Nearly 52,000' beside 52,300", () => {
    expect(card("More than 52,000 fans watched the final.\n\nThe semi-final drew 51,600 fans.")).toEqual([[52000, "more than", "fans"], [51600, undefined, "fans"]]);
    expect(card("Nearly 52,000 fans watched the final.\n\nThe semi-final drew 52,300 fans.")).toEqual([[52000, "nearly", "fans"], [52300, undefined, "fans"]]);
  });

  it("the exact one said first: '52,341 people had watched' then 'More than 52,000 fans': one fact, the first kept", () => {
    expect(card("Officials said 52,341 people had watched the final.\n\nMore than 52,000 fans were in the stadium.")).toEqual([[52341, undefined, "people"]]);
  });

  it("'Nearly 52,000 fans' and '51,850 people were there': one crowd, rounded up, the lead kept", () => {
    expect(card("Nearly 52,000 fans watched the final.\n\nThe club said 51,850 people were there.")).toEqual([[52000, "nearly", "fans"]]);
  });

  it("nor two things counted that round alike: 'About 5,200 homes' and '5,230 trees'", () => {
    expect(card("About 5,200 homes lost power, the utility said.\n\nThe storm also felled 5,230 trees.")).toEqual([[5200, "about", "homes lost"], [5230, undefined, "trees"]]);
  });

  it("nor an amount too round to tell ('about 3,000 people' beside '2,800 staff'), nor one said exactly ('Exactly 52,000')", () => {
    expect(card("The firm employs about 3,000 people across Europe.\n\nIts British arm employs 2,800 staff, the report said.")).toEqual([[3000, "about", "people"], [2800, undefined, "staff"]]);
    expect(card("Exactly 52,000 fans watched the final.\n\nThe semi-final drew 52,100 fans.")).toEqual([[52000, "exactly", "fans"], [52100, undefined, "fans"]]);
  });
});

describe("a sum of money or a toll rounded to a side beside the exact one is one fact whatever each calls it", () => {
  const card = (text: string) => figs(text).map((f) => [f.value, f.qualifier, f.label]);

  it("'killing more than 1,800 people' and 'The death toll of 1,832': one toll, the lead kept", () => {
    expect(card("The earthquake killed more than 1,800 people. The death toll of 1,832 is expected to rise.")).toEqual([[1800, "more than", "people killed"]]);
  });

  it("'just under £300 a week' and '£295 a week': one price (one significant digit, but a close hedge)", () => {
    expect(card("The flat was advertised at just under £300 a week. Tenants pay £295 a week.")).toEqual([[300, "just under", "a week"]]);
  });

  it("'nearly $4000' and 'charged $3,990': one sum under two labels", () => {
    expect(card("Tickets cost nearly $4000 in all. The firm charged $3,990 for the service.")).toEqual([[4000, "nearly", "tickets"]]);
  });

  it("near miss: a bare bound ('under £100 a night') is no close hedge, so '£99 a night' stays", () => {
    expect(card("The hotel offers rooms for under £100 a night. One hotel charges £99 a night.")).toEqual([[100, "under", "price a night"], [99, undefined, "charge a night"]]);
  });

  it("near miss: 'nearly $4000' is not $3,500 (past a tenth of the round digit)", () => {
    expect(card("Tickets cost nearly $4000 in all. The firm charged $3,500 for the service.").map(([v]) => v)).toEqual([4000, 3500]);
  });

  it("near miss: an 'around' amount is no side ('The largest award … around £15 million' beside '£14.6 million')", () => {
    expect(card("The largest award to date was around £15 million. The trust must pay £14.6 million.").map(([v]) => v)).toEqual([15e6, 14.6e6]);
  });

  it("near miss: a hedged second amount is not exact ('just under £15 million' beside 'in excess of £14.6 million')", () => {
    expect(card("The largest award to date was just under £15 million. The trust must pay in excess of £14.6 million.").map(([v]) => v)).toEqual([15e6, 14.6e6]);
  });

  it("near miss: two percentages a point apart keep their labels' test ('nearly 20% of voters' / '19.6% of renters')", () => {
    expect(card("Nearly 20% of voters backed the plan. Among renters, 19.6% said they would move.").map(([v]) => v)).toEqual([20, 19.6]);
  });
});

describe("unit-spelling.ts: a duration written short is the same fact as the one spelled out", () => {
  it("'a 13-year career' and '13 yrs in the league' are one fact, and the short unit shows spelled out", () => {
    const list = shown("The striker ended a 13-year career at the club. He played 13 yrs in the league.");
    expect(list.filter((f) => f.value === 13)).toHaveLength(1);
  });

  it("'played for 13 yrs in the league' shows as 13 years in league (not: 'yrs')", () => {
    expect(exact(figs("He played for 13 yrs in the league and scored often.").find((f) => f.value === 13))).toEqual({ value: 13, qualifier: undefined, unit: "years", label: "years in league", type: "duration" });
  });

  it("'The climb took 3 hrs': hours written short are a duration, spelled out (not: a clock time, as 'hrs' after a 24-hour time is)", () => {
    expect(exact(figs("The climb took 3 hrs in the rain.").find((f) => f.value === 3))).toMatchObject({ value: 3, unit: "hours", type: "duration" });
  });

  it("'The convoy left at 1400 hrs': four digits before 'hrs' are the clock, no figure", () => {
    expect(figs("The convoy left at 1400 hrs and reached the border.")).toEqual([]);
  });
});
