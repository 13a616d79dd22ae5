// A sentence's opening "For N years," spans its main clause: a copula's role ("years as a holding point"), a past's
// doing cut to fit the card ("years hiding her writing"), after a window ("For the past five years") or an opening
// quotation mark or "(CNN)" dateline too (fronted-span.ts, fronted-copula.ts, duration-position.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact, exactOnly } from "#test/helpers/figures.ts";

describe("a fronted span's main clause", () => {
  it("'For 25 years, Ali Addeh refugee camp has been a holding point for those fleeing' → years as a holding point", () => {
    expect(exact(at("For 25 years, Ali Addeh refugee camp has been a holding point for those fleeing into Djibouti.", 25))).toEqual(duration(25, "years", "years as a holding point"));
  });

  it("'For the past five years, he's been the host of The Dr Oz Show' → years as the host", () => {
    expect(exact(at("For the past five years, he's been the host of The Dr Oz Show.", 5))).toEqual(duration(5, "years", "years as the host"));
  });

  it("'For the past five years we have been working with industry on …' → years working with industry", () => {
    expect(exact(at("For the past five years we have been working with industry on a voluntary basis.", 5))).toEqual(duration(5, "years", "years working with industry"));
  });

  it("'For four years, she hid her writing from the authorities' → years hiding her writing", () => {
    expect(exact(at("For four years, she hid her writing from the authorities and smuggled her stories out.", 4))).toEqual(duration(4, "years", "years hiding her writing"));
  });

  it("'(CNN)For five decades, Bikram Choudhury built an empire' → decades building an empire", () => {
    expect(exact(at("(CNN)For five decades, Bikram Choudhury built an empire.", 5))).toEqual(duration(5, "decades", "decades building an empire"));
  });
});

describe("near misses stay their unit", () => {
  it("a copula before no role: 'For three years, the plant was closed'", () => {
    expect(exact(at("For three years, the plant was closed.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a role in quotation marks: 'For more than 20 years, he was \"the ultimate hack\"'", () => {
    expect(exact(at('For more than 20 years, he was "the ultimate hack" - knocking out crime stories.', 20))).toEqual(duration(20, "years", "years", "more than"));
  });

  it("no comma and no pronoun: 'For the past five years the firm has been a leader'", () => {
    expect(exact(at("For the past five years the firm has been a leader.", 5))).toEqual(duration(5, "years", "years"));
  });

  it("a window not fronted: 'In the past three days, his tweet has been retweeted'", () => {
    expect(exact(at("He said in the past three days, his tweet has been a hit.", 3))).toEqual(duration(3, "days", "days"));
  });
});

describe("a fronted duration ends at its clause's subject name (the '13 years ago' fix showed 'For 12 years Adelma Cifuentes' labelled 'years Adelma Cifuentes')", () => {
  it("'For 20 years Maria Lopez ran the shop alone': years, not the name", () => {
    expect(exactOnly("For 20 years Maria Lopez ran the shop alone.")).toEqual({ value: 20, qualifier: undefined, unit: "years", label: "years", type: "duration" });
  });

  it("'After 30 years in the same house Smith is moving out': years in same house", () => {
    expect(exactOnly("After 30 years in the same house Smith is moving out.")).toEqual({ value: 30, qualifier: undefined, unit: "years", label: "years in same house", type: "duration" });
  });
});
