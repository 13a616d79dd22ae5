// A percent that "the proportion/share/percentage of GROUP" stands at, where the group runs on past its head noun
// ("libraries offering Sunday hours", "homes with broadband"), is the share of that whole group, not the group's last
// noun (share-group.ts; blind sample AZ's made-up shape 8).
import { describe, expect, it } from "vitest";
import { at, want, exact } from "#test/helpers/figures.ts";

describe("the share of a group said in full", () => {
  it("\"the proportion of libraries offering Sunday hours has dropped from 64 per cent in 2011 to 58 per cent\": not 'hours'", () => {
    const text = "Yet official data say the proportion of libraries offering Sunday hours has dropped from 64 per cent in 2011 to 58 per cent by the newest count for 2016/17.";
    expect(exact(at(text, 58))).toEqual(want(58, undefined, "%", "proportion of libraries offering Sunday hours", "percent"));
  });
  it("\"The share of homes with broadband is now 80 per cent.\": a 'with' group and a copula", () => {
    expect(at("The share of homes with broadband is now 80 per cent.", 80).label).toBe("share of homes with broadband");
  });
  it("\"The percentage of drivers using phones fell to 12 per cent in 2014.\"", () => {
    expect(at("The percentage of drivers using phones fell to 12 per cent in 2014.", 12).label).toBe("percentage of drivers using phones");
  });
});

describe("the share's verb", () => {
  it("\"The share of homes with broadband stood at 80 per cent.\": a verb of standing", () => {
    expect(at("The share of homes with broadband stood at 80 per cent.", 80).label).toBe("share of homes with broadband");
  });
  it("\"The share of homes with broadband dropped to 60 per cent.\": a regular past of falling", () => {
    expect(at("The share of homes with broadband dropped to 60 per cent.", 60).label).toBe("share of homes with broadband");
  });
  it("\"The share of homes with broadband was 5 per cent up on last year.\": a change keeps the group (cut to the label's six words)", () => {
    expect(at("The share of homes with broadband was 5 per cent up on last year.", 5).label).toBe("rise in share of homes");
  });
});

describe("near misses", () => {
  it("\"BBC Two's share of the audience fell from 11.2% to 9.6% last month.\": an owner's share keeps its owner", () => {
    expect(at("BBC Two's share of the audience fell from 11.2% to 9.6% last month.", 9.6).label).toBe("BBC Two's share");
  });
  it("\"Rail’s share of freight moved by train fell from 11% to 9%.\": a group said in full, a curly apostrophe", () => {
    expect(at("Rail’s share of freight moved by train fell from 11% to 9%.", 9).label).not.toMatch(/^share of/);
  });
  it("\"The share of homes in the north of the county with fast broadband is 80 per cent.\": a group too long for a label is left to the subject rule", () => {
    expect(at("The share of homes in the north of the county with fast broadband is 80 per cent.", 80).label).not.toMatch(/^share of homes/);
  });
  it("\"The share of homes with broadband rose, and turnout reached 80 per cent.\": the percent is another clause's", () => {
    expect(at("The share of homes with broadband rose, and turnout reached 80 per cent.", 80).label).not.toMatch(/^share of/);
  });
  it("\"The share of homes with 2 cars is 30 per cent.\": a group cut by a number is not said in full", () => {
    expect(at("The share of homes with 2 cars is 30 per cent.", 30).label).not.toMatch(/^share of homes/);
  });
  it("\"The share of homes that are empty is 5 per cent.\": a relative clause's verb is not the share's", () => {
    expect(at("The share of homes that are empty is 5 per cent.", 5).label).not.toBe("share of homes that");
  });
});
