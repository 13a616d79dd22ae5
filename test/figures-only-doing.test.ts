// A count that "only" or "just" limits is labelled by what the few did (only-doing.ts): "Only 300 members voted for the
// plan" read '— members', how many members there are. These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("only-doing.ts: a limited count opening its clause is labelled by its verb", () => {
  it("'Only 300 members voted for the plan.' → members voted for plan", () => {
    const text = "Only 300 members voted for the plan.";
    expect(exact(at(text, 300))).toEqual(want(300, "only", undefined, "members voted for plan", "count"));
  });

  it("'Just 40 students passed the exam this year.' → students passed exam", () => {
    const text = "Just 40 students passed the exam this year.";
    expect(exact(at(text, 40))).toEqual(want(40, "just", undefined, "students passed exam", "count"));
  });

  it("after a conjunction: 'Although only 12 residents turned up, the meeting went ahead.' → residents turned up", () => {
    const text = "Although only 12 residents turned up, the meeting went ahead.";
    expect(exact(at(text, 12))).toEqual(want(12, "only", undefined, "residents turned up", "count"));
  });

  it("past 'have': 'Only 75 firms have signed the deal.' → firms signed deal", () => {
    const text = "Only 75 firms have signed the deal.";
    expect(exact(at(text, 75))).toEqual(want(75, "only", undefined, "firms signed deal", "count"));
  });

  it("no limiting word nor choice: '300 members attended the meeting.' stays '— members'", () => {
    expect(at("300 members attended the meeting.", 300).label).toBe("members");
  });

  // A verb of choosing names a group's count with no "only" (labels70): '300 — members' said how many members exist.
  it("a choice: '300 members voted to strike.' → members voted to strike", () => {
    const text = "420 drivers voted to strike on Friday.";
    expect(exact(at(text, 420))).toEqual(want(420, undefined, undefined, "drivers voted to strike", "count"));
  });

  it("a choice with a qualifier: 'About 200 residents backed the scheme.' → residents backed scheme", () => {
    const text = "About 200 tenants backed the scheme.";
    expect(exact(at(text, 200))).toEqual(want(200, "about", undefined, "tenants backed scheme", "count"));
  });

  it("'only' with a chosen doing: 'Only 12 members voted to strike.' → members voted to strike", () => {
    expect(at("Only 12 porters voted to strike.", 12).label).toBe("porters voted to strike");
  });

  it("a chosen doing keeps its object, not its when or where: '80 staff agreed to take the cut in March'", () => {
    expect(at("80 cleaners agreed to take the cut in March.", 80).label).toBe("cleaners agreed to take cut");
    expect(at("Only 12 porters voted to strike on Friday.", 12).label).toBe("porters voted to strike");
  });

  it("a choice the label cannot name: '300 members voted for him.' stays '— members'", () => {
    expect(at("300 members voted for him.", 300).label).toBe("members");
  });

  it("a participle's 'by' is no choice: '200 families supported by the charity' stays '— families'", () => {
    expect(at("Some 200 families supported by the charity moved home.", 200).label).toBe("families");
  });

  it("not opening its clause: 'The 300 members voted to strike.' stays '— members'", () => {
    expect(at("The 300 members voted to strike.", 300).label).toBe("members");
  });

  it("not the subject: 'The plan was backed by only 300 members.' stays '— members'", () => {
    expect(at("The plan was backed by only 300 members.", 300).label).toBe("members");
  });

  it("an owner's count: \"Mendes' only two professional losses have come at the hands of the champion.\"", () => {
    const text = "Mendes' only two professional losses have come at the hands of the champion.";
    expect(at(text, 2).label).toBe("professional losses");
  });

  it("opening a quotation: '\"Only 12 fans stayed to the end,\" he said.' → fans stayed", () => {
    expect(at('"Only 12 fans stayed to the end," he said.', 12).label).toBe("fans stayed");
  });

  // review43b: a chosen doing's phrase of a common noun is part of what was chosen; a name's or a time's is not.
  it("a chosen doing's own phrase: 'About 230 porters voted to go on strike.' → porters voted to go on strike", () => {
    const text = "About 230 porters voted to go on strike.";
    expect(exact(at(text, 230))).toEqual(want(230, "about", undefined, "porters voted to go on strike", "count"));
    expect(at("Some 140 clerks chose to work from home.", 140).label).toBe("clerks chose to work from home");
    expect(at("Some 17 governors agreed to step down.", 17).label).toBe("governors agreed to step down");
  });

  it("near miss: a season says when: '… voted to strike in the spring.' → porters voted to strike", () => {
    expect(at("About 230 porters voted to strike in the spring.", 230).label).toBe("porters voted to strike");
    expect(at("About 230 porters voted to strike for 48 hours.", 230).label).toBe("porters voted to strike");
  });

  it("a time its determiner opens: 'Some 260 porters voted this week to strike.' → porters voted to strike", () => {
    const text = "Some 260 porters voted this week to strike.";
    expect(exact(at(text, 260))).toEqual(want(260, "some", undefined, "porters voted to strike", "count"));
  });

  it("near miss: a time, then no object: '… porters voted this morning for the deal.' stays '— porters'", () => {
    expect(at("Some 260 porters voted this morning for the deal.", 260).label).toBe("porters");
    expect(at("Only 260 porters voted this morning.", 260).label).toBe("porters voted");
  });

  it("a particle is kept, a phrase of no noun or a time is not: '… voted to walk out over pay.'", () => {
    const text = "About 233 porters voted to walk out over pay.";
    expect(exact(at(text, 233))).toEqual(want(233, "about", undefined, "porters voted to walk out", "count"));
    expect(at("Some 234 porters voted to strike over pay.", 234).label).toBe("porters voted to strike");
    expect(at("Some 235 porters voted to strike from next week.", 235).label).toBe("porters voted to strike");
  });

  it("near miss: a doing too long for the label is not cut: '… hospital porters voted to go on strike.'", () => {
    expect(at("Some 236 hospital porters voted to go on strike.", 236).label).toBe("hospital porters");
    expect(at("Only 237 hospital porters agreed to go on strike.", 237).label).toBe("hospital porters agreed");
  });
});
