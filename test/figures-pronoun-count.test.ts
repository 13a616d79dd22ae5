// "the two agreed to …": "the" and a bare number before its past verb is a pronoun, no count (pronoun-count.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";

describe("'the two' before its verb is a pronoun for people named before", () => {
  it("'In a parenting agreement filed in court, the two agreed to the boy's circumcision': no figure", () => {
    expect(figs("In a parenting agreement filed in court, the two agreed to the boy's circumcision.")).toEqual([]);
  });

  it("'The two married in 1962': no figure", () => {
    expect(figs("The two married in 1962, just as the Beatles were making their rise.")).toEqual([]);
  });

  it("'the gunman … and the two fled the scene': no figure, its object after a determiner", () => {
    expect(figs("The gunman jumped in a car and the two fled the scene.")).toEqual([]);
  });

  it("'The 180 earned him the mocking of the White House': no figure, not even a noun phrase's", () => {
    expect(figs("The 180 earned him the mocking of the White House.")).toEqual([]);
  });

  it("'The two saw a gap in the market': an irregular past the tagger took for a noun is the pronoun's verb, no figure", () => {
    expect(figs("The two saw a gap in the market and quit their jobs.")).toEqual([]);
  });

  it("'The three met at school': an irregular past before a preposition, no figure", () => {
    expect(figs("The three met at school and later started a band.")).toEqual([]);
  });

  it("'After four years of talks, the two agreed to the deal': no figure, no years borrowed from the count before", () => {
    expect(figs("After four years of talks, the two agreed to the deal.").map((f) => f.value)).toEqual([4]);
  });
});

describe("near misses: a count after all", () => {
  it("'19 participated in the attack': without 'the' the number is the news", () => {
    expect(exactOnly("19 participated in the attack.")).toEqual({ value: 19, qualifier: undefined, unit: undefined, label: "participated in the attack", type: "count" });
  });

  it("'The 400 invited guests arrived': a participle before a noun describes it", () => {
    expect(exactOnly("The 400 invited guests arrived.")).toEqual({ value: 400, qualifier: undefined, unit: undefined, label: "invited guests arrived", type: "count" });
  });

  it("'The two hit singles made her famous': an irregular past before a noun describes it", () => {
    expect(exactOnly("The two hit singles made her famous.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "hit singles", type: "count" });
  });

  it("'The two were arrested at the border': an arrest said of them keeps its verb, of people (a person verb's passive: bare-fold.ts)", () => {
    expect(exactOnly("The two were arrested at the border.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "people arrested", type: "count" });
  });

  it("'Four years after the crisis, the three damaged reactors are still hot': no years borrowed from the count before", () => {
    const found = figs("Four years after the crisis, the three damaged reactors are still hot.").find((f) => f.value === 3);
    expect(found?.unit).toBeUndefined();
    expect(found?.label).toMatch(/^damaged reactors/);
  });
});
