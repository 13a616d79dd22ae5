// A level one member (or a minority) voted for or proposed was not set: '7% — tariffs backed by one member', not
// '7% — tariffs' beside the decided '6.5% — tariffs' (minority-vote.ts; audit 44, AL's shape 3, as made-up sentences).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const PANEL = "The decision to keep tariffs at 6.5% was passed 7-2 by the port authority's pricing panel, minutes show. "
  + "One member of the panel - Omar Hale - voted to lift tariffs to 7%.";

describe("a level a minority backed", () => {
  it("the panel's 6.5% keeps its label; the one member's 7% is what he voted for", () => {
    expect(exact(at(PANEL, 7))).toEqual(want(7, undefined, "%", "tariffs backed by one member", "percent"));
    expect(exact(at(PANEL, 6.5))).toEqual(want(6.5, undefined, "%", "tariffs", "percent"));
  });
  it("\"Only one of the nine policymakers voted to raise rates to 0.75%.\": one opens the subject after \"only\"", () => {
    expect(exact(at("Only one of the nine policymakers voted to raise rates to 0.75%.", 0.75))).toEqual(want(0.75, undefined, "%", "rates backed by one member", "percent"));
  });
  it("\"A minority of members voted to keep rates at 1%.\": a level kept \"at\", by a minority", () => {
    expect(exact(at("A minority of members voted to keep rates at 1%.", 1))).toEqual(want(1, undefined, "%", "rates backed by a minority", "percent"));
  });
  it("\"One member proposed cutting the fee to £30.\": a proposal", () => {
    expect(exact(at("One member proposed cutting the fee to £30.", 30))).toEqual(want(30, undefined, "GBP", "fee proposed by one member", "money"));
  });
  it("\"One member voted to lift the standard rate of income tax to 7%.\": past six words, the label's last word", () => {
    expect(exact(at("One member voted to lift the standard rate of income tax to 7%.", 7))).toEqual(want(7, undefined, "%", "tax backed by one member", "percent"));
  });
  it("\"One member of the Pricing Panel (PP) voted to lift tariffs to 7%.\": the reader steps over a bracketed abbreviation", () => {
    expect(exact(at("One member of the Pricing Panel (PP) voted to lift tariffs to 7%.", 7))).toEqual(want(7, undefined, "%", "tariffs backed by one member", "percent"));
  });
  it("\"One member of the Pricing Panel (PP) - Omar Hale - voted to lift tariffs to 7%.\": and a dash-set name after it", () => {
    expect(exact(at("One member of the Pricing Panel (PP) - Omar Hale - voted to lift tariffs to 7%.", 7))).toEqual(want(7, undefined, "%", "tariffs backed by one member", "percent"));
  });
});

describe("near misses", () => {
  it("\"Shareholders at one firm (Acme) voted to cut the fee to £20.\": a bracket does not make \"one\" open the subject", () => {
    expect(exact(at("Shareholders at one firm (Acme) voted to cut the fee to £20.", 20))).toEqual(want(20, undefined, "GBP", "fee", "money"));
  });
  it("\"The committee voted to raise the fee to £40.\": a body's own vote sets the level", () => {
    expect(exact(at("The committee voted to raise the fee to £40.", 40))).toEqual(want(40, undefined, "GBP", "fee", "money"));
  });
  it("\"Shareholders at one company voted to cut the fee to £20.\": \"one\" inside the subject is no one member", () => {
    expect(exact(at("Shareholders at one company voted to cut the fee to £20.", 20))).toEqual(want(20, undefined, "GBP", "fee", "money"));
  });
  it("\"One member said the fee rose to £40.\": no vote or proposal", () => {
    expect(exact(at("One member said the fee rose to £40.", 40))?.label).not.toContain("one member");
  });
});
