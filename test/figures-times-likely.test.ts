// A multiple of a likelihood is labelled by the doing after "likely to" (times-likely.ts): "renters were 2.3 times more
// likely to be turned down for a mortgage, compared with 2.1 times more likely a year earlier" was '· 2.3 [other] from
// 2.1', no label and off the card (card-audit-45's made-up shape 9).
import { describe, expect, it } from "vitest";
import { at, exact, find, figs, want } from "#test/helpers/figures.ts";

describe("times-likely.ts: 'N times more likely to' is how much likelier the doing is", () => {
  it("'2.3 times more likely to be turned down …, compared with 2.1 times …' → 2.3 (from 2.1) — times likelier to …", () => {
    const text = "Lenders' data for last winter show renters were 2.3 times more likely to be turned down for a mortgage, compared with 2.1 times more likely a year earlier.";
    const f = at(text, 2.3);
    expect(exact(f)).toEqual(want(2.3, undefined, undefined, "times likelier to be turned down", "other"));
    expect(f.previous).toBe(2.1);
  });

  it("'Smokers were four times more likely to develop the disease.' → 4 — times likelier to develop the disease", () => {
    expect(exact(at("Smokers were four times more likely to develop the disease.", 4))).toEqual(want(4, undefined, undefined, "times likelier to develop the disease", "other"));
  });

  it("'as likely to' and 'less likely to' say it too", () => {
    const as = "Boys in the study were 1.8 times as likely to leave school early.";
    expect(exact(at(as, 1.8))).toEqual(want(1.8, undefined, undefined, "times likelier to leave school early", "other"));
    const less = "Night workers are three times less likely to eat breakfast than day workers.";
    expect(exact(at(less, 3))).toEqual(want(3, undefined, undefined, "times less likely to eat breakfast", "other"));
  });

  it("'… were three times more likely, the survey found.': no doing named, no label, off the card as before", () => {
    expect(find(figs("Tenants were three times more likely, the survey found."), 3)).toBeUndefined();
  });

  // labels58: the doing read on past a name's digits ("type 1", "COVID-19"), which ended it ('… to develop type').
  it("'… are 3 times more likely to develop type 1 diabetes.' → times likelier to develop type 1 diabetes", () => {
    const text = "People with the gene are 3 times more likely to develop type 1 diabetes.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, undefined, "times likelier to develop type 1 diabetes", "other"));
  });

  it("'Children are four times more likely to catch COVID-19 at school.' → times likelier to catch COVID-19", () => {
    const text = "Children are four times more likely to catch COVID-19 at school.";
    expect(exact(at(text, 4))).toEqual(want(4, undefined, undefined, "times likelier to catch COVID-19", "other"));
  });

  it("near miss: 'Smokers are 2.5 times more likely to die in 10 years.': digits after 'in' are a time, no name", () => {
    const text = "Smokers are 2.5 times more likely to die in 10 years.";
    expect(exact(at(text, 2.5))).toEqual(want(2.5, undefined, undefined, "times likelier to die", "other"));
  });
});
