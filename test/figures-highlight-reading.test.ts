// Reading fixes from the highlight numbers no candidate held (scripts/figures-uncarded.ts on cnndm-dev's tune half):
// each a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { exact, exactOnly, figs } from "#test/helpers/figures.ts";

const valuesAndLabels = (text: string) => figs(text).map((f) => `${f.value} ${f.label}`);

describe("'#' for '£' before a rate compound (CNN/DailyMail's encoding)", () => {
  it("'a new #100,000-a-week deal' is £100,000 a week, the deal", () => {
    expect(exactOnly("Sterling turned down a new #100,000-a-week deal.")).toEqual({ value: 100_000, qualifier: undefined, unit: "GBP", label: "deal", type: "money" });
  });

  it("'the #18-a-bottle wine': £18, the wine", () => {
    expect(exactOnly("The #18-a-bottle wine is produced at the chateau.")).toEqual({ value: 18, qualifier: undefined, unit: "GBP", label: "wine", type: "money" });
  });

  it("'#2,000-per-week wages': a rate said with 'per' too, the '#' in the display as the text prints it", () => {
    expect(figs("He earned #2,000-per-week wages.").map((f) => [f.display, f.value, f.unit, f.label])).toEqual([["#2,000-per-week", 2_000, "GBP", "wages"]]);
  });

  it("'-a-side' and '-per-cent' are no rate: '#5-a-side', '#1-per-cent' are hashtags, no amount", () => {
    expect(figs("Fans followed #5-a-side football and the #1-per-cent club.")).toEqual([]);
  });

  it("'#' set apart from the number is no pound sign: 'a # 100,000-a-week deal' reads no amount", () => {
    expect(figs("He took a # 100,000-a-week deal.")).toEqual([]);
  });

  it("a hashtag is no amount: '#147notjustanumber', '#1000-richer'", () => {
    expect(figs("Fans used the hashtag #147notjustanumber and #1000-richer.")).toEqual([]);
  });
});

describe("a count before a name's words and a plural noun counts the noun", () => {
  it("'28,500 U.S. troops': troops, not a name's number", () => {
    expect(exactOnly("Kim blamed the presence of 28,500 U.S. troops stationed in the South.")).toEqual({ value: 28_500, qualifier: undefined, unit: undefined, label: "U.S. troops", type: "count" });
  });

  it("'about 1,100 DB4 Series III cars': cars, hedged", () => {
    expect(exactOnly("There were about 1,100 DB4 Series III cars on the road.")).toEqual({ value: 1_100, qualifier: "about", unit: undefined, label: "DB4 Series III cars", type: "count" });
  });

  it("'5.6 million U.S. award seats': a noun between the name and its plural; '1,200 U.S. gas stations': 'gas' is no plural", () => {
    expect(valuesAndLabels("Airlines held 5.6 million U.S. award seats.")).toEqual(["5600000 U.S. award seats"]);
    expect(valuesAndLabels("There are 1,200 U.S. gas stations.")).toEqual(["1200 U.S. gas stations"]);
  });

  it("only a phrase of capitals runs on: '300 staff last week and more graduates' counts staff hired", () => {
    expect(valuesAndLabels("The firm hired 300 staff last week and more graduates.")).toEqual(["300 staff hired"]);
  });

  it("'across', 'this', 'says' end in s but are no plural: '26,000 Yanomami across the border' stays a name's number", () => {
    expect(figs("About 26,000 Yanomami across the border were counted.")).toEqual([]);
  });

  it("a name alone stays a name: '1600 Pennsylvania Avenue last year'", () => {
    expect(figs("He moved into 1600 Pennsylvania Avenue last year with his family.")).toEqual([]);
  });
});

describe("a term of one is a term, as a term of two is", () => {
  it("'signed a one-year contract': 1 year, the contract", () => {
    expect(exactOnly("Kuyt signed a one-year contract with Feyenoord.")).toEqual({ value: 1, qualifier: undefined, unit: "years", label: "contract", type: "duration" });
  });

  it("'handed a one-week suspension': 1 week, the suspension", () => {
    expect(exactOnly("The striker was handed a one-week suspension.")).toEqual({ value: 1, qualifier: undefined, unit: "weeks", label: "suspension", type: "duration" });
  });

  it("'a one-match ban': 1, match ban, as 'a two-match ban' reads; 'a one-year-deal' glued: 1 year, the deal", () => {
    expect(exactOnly("He was given a one-match ban.")).toEqual({ value: 1, qualifier: undefined, unit: undefined, label: "match ban", type: "count" });
    expect(exactOnly("They agreed a one-year-deal.")).toEqual({ value: 1, qualifier: undefined, unit: "years", label: "deal", type: "duration" });
  });

  it("'one' in other compounds stays a word: 'a one-party state', 'a one-handed save', 'a roughly one-minute long video'", () => {
    expect(figs("Eritrea is a one-party state; he made a one-handed save; a roughly one-minute long video.")).toEqual([]);
  });
});

describe("'one' joined by 'and' to a count its verb governs shares the verb", () => {
  it("'killing five women and one man': 1 man killed beside 5 women killed", () => {
    const found = figs("Maresova confessed to killing five women and one man at the hospital.").sort((a, b) => b.value - a.value).map(exact);
    expect(found).toEqual([
      { value: 5, qualifier: undefined, unit: undefined, label: "women killed", type: "count" },
      { value: 1, qualifier: undefined, unit: undefined, label: "man killed", type: "count" },
    ]);
  });

  it("'arrested three men and one woman': 1 woman arrested", () => {
    expect(exact(figs("Police arrested three men and one woman.").find((f) => f.value === 1))).toEqual({ value: 1, qualifier: undefined, unit: undefined, label: "woman arrested", type: "count" });
  });

  it("a toll's 'one' is a casualty, an arrest's a person", () => {
    const kinds = (text: string) => figs(text).map((f) => `${f.value} ${f.kind}`).sort();
    expect(kinds("Maresova confessed to killing five women and one man at the hospital.")).toEqual(["1 casualties", "5 casualties"]);
    expect(kinds("Police arrested three men and one woman.")).toEqual(["1 people", "3 people"]);
  });

  it("'one' shares the verb only when 'and' joins it right after the count's noun: 'but one woman escaped', 'at the base and one man escaped'", () => {
    expect(valuesAndLabels("Police arrested three men but one woman escaped.")).toEqual(["3 men arrested"]);
    expect(valuesAndLabels("Gunmen killed five soldiers at the base and one man escaped.")).toEqual(["5 soldiers killed"]);
  });

  it("with no verb of a toll or an arrest 'one' stays a word: 'visited five women and one man'", () => {
    expect(figs("He visited five women and one man.").map((f) => f.value)).toEqual([5]);
  });
});
