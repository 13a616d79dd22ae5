// worth-aside.ts: what "could be worth" an amount after an aside set off by commas is the subject before the aside,
// not the last noun inside it (card audit 48's shape 6: 'millions of euros — northern route').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("worth after an aside on the subject", () => {
  it("'The deal, agreed by two airlines that operate the northern route (SkyNor and Baltic Air), could be worth millions of euros'", () => {
    const text = "The deal, agreed by two airlines that operate the northern route (SkyNor and Baltic Air), could be worth millions of euros to the region.";
    expect(exact(at(text, 1e6))).toEqual(want(1e6, "millions of", "EUR", "deal", "money"));
  });

  it("'may', dollars, a relative inside: 'The contract, signed by the firms that run the city's tram network, may be worth …'", () => {
    const text = "The contract, signed by the firms that run the city's tram network, may be worth hundreds of millions of dollars.";
    expect(at(text, 1e8).label).toBe("contract");
  });

  it("a participle phrase alone, digits and a sign: 'The deal, agreed by two airlines, could be worth £5m' → deal", () => {
    expect(at("The deal, agreed by two airlines, could be worth £5m.", 5e6).label).toBe("deal");
  });

  it("present tense, 'is expected': 'The merger, approved by regulators last week, is expected to be worth $4bn' → merger", () => {
    expect(at("The merger, approved by regulators last week, is expected to be worth $4bn.", 4e9).label).toBe("merger");
  });

  it("near miss: an aside right after its noun keeps the noun ('Zenit's previous deal, reportedly worth £5m, ended')", () => {
    expect(at("Zenit's previous deal, reportedly worth £5m, ended.", 5e6).label).toBe("zenit's previous deal");
  });

  it("a comma in the aside's bracketed list: 'The deal, agreed by firms that run the route (SkyNor, Baltic Air and Nord)'", () => {
    const text = "The deal, agreed by firms that run the route (SkyNor, Baltic Air and Nord), could be worth millions of euros.";
    expect(exact(at(text, 1e6))).toEqual(want(1e6, "millions of", "EUR", "deal", "money"));
  });

  it("four names, 'may', a rate: 'The pipeline, developed by … the field (Norsk, Petra, Vola and Kern), may be worth $2bn a year'", () => {
    const text = "The pipeline, developed by the three companies that share the field (Norsk, Petra, Vola and Kern), may be worth $2bn a year.";
    expect(at(text, 2e9).label).toBe("pipeline a year");
  });

  it("a two-word subject, 'who': 'The stadium plan, backed by clubs who play in the league (Ajax, PSV and Feyenoord), is …'", () => {
    const text = "The stadium plan, backed by clubs who play in the league (Ajax, PSV and Feyenoord), is expected to be worth £300m.";
    expect(at(text, 3e8).label).toBe("stadium plan");
  });

  it("a 'which' aside, a count inside: 'The mine, which is owned by groups that trade on two exchanges (London, Sydney …)'", () => {
    const text = "The mine, which is owned by groups that trade on two exchanges (London, Sydney and Toronto), could be worth 40 billion rand.";
    expect(at(text, 4e10).label).toBe("mine");
  });
});
