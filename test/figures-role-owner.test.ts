// A prison term or a distance whose clause's subject is a person brought in by a role (a co-defendant, a player by
// position) is that person's, named, not the story subject's bare unit (card audit 54, sample AV's made-up shape 1).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";

const term = (value: number, unit: string, label: string) => want(value, undefined, unit, label, "duration");
const yards = (value: number, label: string) => want(value, undefined, "yards", label, "measure");

describe("role-owner.ts: a co-defendant's term, a compared player's distance", () => {
  it("'Co-defendant Paul Reed was jailed for 12 years for his part in the robbery.' → co-defendant Reed's prison term", () => {
    // Was '12 — years in prison', read as the subject's own term.
    expect(exactOnly("Co-defendant Paul Reed was jailed for 12 years for his part in the robbery.")).toEqual(term(12, "years", "co-defendant Reed's prison term"));
  });
  it("'Accomplice Gina Holt was sentenced in June to eight years in prison.' → over a month's name", () => {
    expect(exactOnly("Accomplice Gina Holt was sentenced in June to eight years in prison.")).toEqual(term(8, "years", "accomplice Holt's prison term"));
  });
  it("'Striker Tom Hale, known for his pace, scored from 40 yards in the cup.' → striker Hale's goal, past an aside", () => {
    // Was '40 — distance'.
    expect(exact(at("Striker Tom Hale, known for his pace, scored from 40 yards in the cup.", 40))).toEqual(yards(40, "striker Hale's goal"));
  });
  it("'The best came when goalkeeper Sam Boyd netted from 90 yards.' → a role opening a 'when' clause", () => {
    expect(exact(at("The best came when goalkeeper Sam Boyd netted from 90 yards.", 90))).toEqual(yards(90, "goalkeeper Boyd's goal"));
  });
  it("'Defender Lee Marsh fired in from 30 yards.' → with no feat's verb, the owner's distance", () => {
    expect(exactOnly("Defender Lee Marsh fired in from 30 yards.")).toEqual(yards(30, "defender Marsh's distance"));
  });
  it("'When forward Ben Ode hit a speculative shot from 40 yards, the keeper flapped.' → the noun 'from' the distance is the feat", () => {
    expect(exact(at("When forward Ben Ode hit a speculative shot from 40 yards, the keeper flapped.", 40))).toEqual(yards(40, "forward Ode's shot"));
  });
  it("'The old mark belongs to keeper Sam Lusk, who netted from 81 yards.' → a role in object position, the subject of 'who'", () => {
    // Was '81 — distance': the role stands after a preposition, so it opened no clause of its own.
    expect(exact(at("The old mark belongs to keeper Sam Lusk, who netted from 81 yards.", 81))).toEqual(yards(81, "keeper Lusk's goal"));
  });
  it("'Accomplice Ruth Kemp Jr. was jailed in May for 15 years.' → a suffixed name, by its surname, over the suffix's dot", () => {
    // Was '15 — years in prison': the dot of "Jr." ended the clause looked back over.
    expect(exactOnly("Accomplice Ruth Kemp Jr. was jailed in May for 15 years.")).toEqual(term(15, "years", "accomplice Kemp's prison term"));
  });
  it("'Co-accused Ian Dillon was jailed for 12 years and his brother for four.' → the brother's term is not the co-accused's", () => {
    // Was '4 — co-accused Dillon's prison term': the look-back for the role ran on over the elided clause's "and".
    expect(figs("Co-accused Ian Dillon was jailed for 12 years and his brother for four.").map(exact)).toEqual([term(12, "years", "co-accused Dillon's prison term"), term(4, "years", "years in prison")]);
  });
  it("'Accomplice Ray Lund was jailed for nine years and a cousin for six.' → a subject opening on an article: not the accomplice's", () => {
    expect(exact(at("Accomplice Ray Lund was jailed for nine years and a cousin for six.", 6))).toEqual(term(6, "years", "years in prison"));
  });
  it("near miss: 'Striker Tom Hale scored from 30 yards and then from 40 yards.' → no subject after 'and': still the striker's", () => {
    expect(exact(at("Striker Tom Hale scored from 30 yards and then from 40 yards.", 40))).toEqual(yards(40, "striker Hale's goal"));
  });
  it("near miss: 'The old mark belongs to Sam Lusk, who netted from 81 yards.' → a relative's subject with no role is not read", () => {
    expect(exact(at("The old mark belongs to Sam Lusk, who netted from 81 yards.", 81))).toEqual(yards(81, "distance"));
  });
  it("near miss: 'Brandt beat striker Tom Hale, and then netted from 40 yards.' → no 'who': the role is no subject", () => {
    expect(exact(at("Brandt beat striker Tom Hale, and then netted from 40 yards.", 40))).toEqual(yards(40, "distance"));
  });
  it("near miss: 'Midfielder Ian Roe is second in the list - 0.4 miles behind Boyd.' → a dash's aside: no owner", () => {
    expect(exact(at("Midfielder Ian Roe is second in the list - 0.4 miles behind Boyd.", 0.4))).toEqual(want(0.4, undefined, "miles", "distance", "measure"));
  });
  it("near miss: 'The nurse was sentenced to 60 years in prison.' → no role, the term alone", () => {
    expect(exactOnly("The nurse was sentenced to 60 years in prison.")).toEqual(term(60, "years", "years in prison"));
  });
  it("near miss: 'Brandt beat striker Tom Hale and scored from 40 yards.' → a role after a verb is an object, not the scorer", () => {
    expect(exactOnly("Brandt beat striker Tom Hale and scored from 40 yards.")).toEqual(yards(40, "distance"));
  });
  it("near miss: 'Co-defendant Paul Reed said Judge Ann Cole jailed him for 12 years.' → another name between: not read", () => {
    expect(exactOnly("Co-defendant Paul Reed said Judge Ann Cole jailed him for 12 years.")).toEqual(term(12, "years", "years in prison"));
  });
});

describe("role-owner.ts: a term of a person the sentence names at the jailing verb is theirs (card-audit-54's miss M4)", () => {
  it("'The magistrate refused bail and jailed Clegg for six months.' → the object's term, Clegg's prison term", () => {
    // Was '6 — months in prison', the same label as any co-defendant's term beside it.
    expect(exactOnly("The magistrate refused bail and jailed Clegg for six months.")).toEqual(term(6, "months", "Clegg's prison term"));
  });
  it("'Turner was jailed for 30 months last year for fraud.' → the passive's subject", () => {
    expect(exactOnly("Turner was jailed for 30 months last year for fraud.")).toEqual(term(30, "months", "Turner's prison term"));
  });
  it("'Ana Ruiz, 52, was yesterday jailed for 14 months.' → over an age aside and a time word, by the surname", () => {
    expect(exact(at("Ana Ruiz, 52, was yesterday jailed for 14 months.", 14))).toEqual(term(14, "months", "Ruiz's prison term"));
  });
  it("'At the crown court on Friday Hale was sentenced to four years.' → a day before the name is no part of it", () => {
    expect(exactOnly("At the crown court on Friday Hale was sentenced to four years.")).toEqual(term(4, "years", "Hale's prison term"));
  });
  it("'Turner was jailed for 30 months and Bell for 20 months.' → the elided second names its own person", () => {
    expect(figs("Turner was jailed for 30 months and Bell for 20 months.").map(exact)).toEqual([term(30, "months", "Turner's prison term"), term(20, "months", "Bell's prison term")]);
  });
  it("'Turner has been jailed for 30 months and his brother for 20.' → an elided term of someone unnamed is a term, not Turner's", () => {
    expect(exact(at("Turner has been jailed for 30 months and his brother for 20.", 20))).toEqual(term(20, "months", "months in prison"));
  });
  it("near misses: a pronoun, two people's term, a case put with 'could be'", () => {
    expect(exactOnly("The judge jailed him for nine months.")).toEqual(term(9, "months", "months in prison"));
    expect(exactOnly("Turner and Bell were jailed for 30 months.")).toEqual(term(30, "months", "months in prison"));
    expect(exactOnly("Turner could be jailed for 10 years.")).toEqual(term(10, "years", "years in prison"));
  });
  it("near miss: 'staff at Turner were jailed for 30 months' → a name inside the subject, not opening it", () => {
    expect(exact(at("The court heard how staff at Turner were jailed for 30 months.", 30))).toEqual(term(30, "months", "months in prison"));
  });
});

describe("the story's subject's own term ranks above a co-defendant's said before it", () => {
  // Two terms under one label read as one series and the later, the subject's, was marked down as a repeat of the first.
  const paragraphs = [
    "Ann Clegg, 51, took £20,000 from the charity's account to pay a builder for work on her home.",
    "Builder Ray Dunn was jailed for 24 months last year for theft.",
    "Clegg wrote four cheques to Dunn, one of them for £3,200.",
    "Her barrister asked for leniency but the judge jailed Clegg for eight months.",
  ];
  it("'… jailed Clegg for eight months' is carded above 'Dunn was jailed for 24 months'", () => {
    const card = findFigures(articleSentences({ paragraphs }), { salience: [1, 0.6, 0.6, 0.6], headline: "Charity treasurer Ann Clegg took £20,000 to pay a builder", limit: 5 });
    const labels = card.map((f) => f.label);
    expect(labels.indexOf("Clegg's prison term")).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf("Clegg's prison term")).toBeLessThan(labels.indexOf("Dunn's prison term"));
  });
});

describe("'whilst' opens a clause as 'while' does (lexicon.ts' CONJUNCTIONS)", () => {
  it("'Kerr was jailed for six years whilst Lomax was given four years.' → each his own term", () => {
    // Was '6 — years whilst Lomax': the prison-term reader's clause ran on over 'whilst'.
    expect(figs("Kerr was jailed for six years whilst Lomax was given four years.").map(exact)).toEqual([term(6, "years", "Kerr's prison term"), term(4, "years", "Lomax's prison term")]);
  });
});
