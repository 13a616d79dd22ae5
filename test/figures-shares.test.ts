// Shares: a percent or a fraction of a whole, hedged as an amount is, and labelled by the whole: past an owner's
// possessive and the whole's number, after a bracket that restates it, 'those' and the words that pick them out
// (share.ts, share-of-those.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("a share said in words keeps its hedge, as an amount does", () => {
  it.each([
    ["More than two thirds of people taking antidepressants did not meet the criteria.", 0.667, "More than two thirds", "more than", "people"],
    ["Around one in six primary school pupils are overweight.", 0.167, "Around one in six", "around", "primary school pupils overweight"],
  ])("%s", (text, value, display, qualifier, label) => {
    expect(at(text, value)).toMatchObject({ display, qualifier, type: "other", label });
  });
});

describe("a percentage in brackets that restates a share is a share of what follows the bracket", () => {
  it.each([
    ["Researchers discovered more than two-thirds (69 per cent) of people taking antidepressants did not meet the criteria.", 69, "69 per cent", "share of people"],
    ["More than half (55%) of respondents said they would buy one.", 55, "55%", "share of respondents"],
  ])("%s", (text, value, display, label) => {
    expect(at(text, value)).toMatchObject({ display, unit: "%", type: "percent", label });
  });

  it("a bracket after no share restates nothing: 'double the number of responses (22.6 per cent) of second-place finisher Patrick Reed'", () => {
    expect(at("Watson got double the number of responses (22.6 per cent) of second-place finisher Patrick Reed (11 per cent).", 22.6).label).not.toMatch(/^share of/);
  });
});

describe("'a quarter of' is read as 'a fifth of' is, and a share of an '&' initialism is labelled by it (N's missed key figure)", () => {
  it("'as many as a quarter of A&E visits', with no other number in the sentence: 0.25 — A&E visits", () => {
    expect(exactOnly("The shambolic situation is responsible for as many as a quarter of A&E visits, the researchers say.")).toEqual(want(0.25, "as many as", undefined, "A&E visits", "other"));
  });

  // The state after the copula says which adults (subset-doing.ts' subsetState, as "Only nine of the 40 beaches were
  // clean" → beaches clean); the fraction words are read alike, and so labelled alike.
  it("'A quarter of adults', alone: 0.25 — adults obese, as 'A fifth of adults' gives 0.2 — adults obese", () => {
    expect(exactOnly("A quarter of adults are obese.")).toEqual(want(0.25, undefined, undefined, "adults obese", "other"));
    expect(exactOnly("A fifth of adults are obese.")).toEqual(want(0.2, undefined, undefined, "adults obese", "other"));
  });

  it("'a fifth of A&E visits': the initialism is one word, not the article 'A' and a stray 'E'", () => {
    expect(exactOnly("The shambolic situation is responsible for as many as a fifth of A&E visits, the researchers say.")).toEqual(want(0.2, "as many as", undefined, "A&E visits", "other"));
  });
});

describe("a share of what an owner has runs on past the possessive", () => {
  it("'70 to 95 per cent of the industry's most important positions': a share of the positions, not of 'industry's'", () => {
    expect(exact(at("Males hold 70 to 95 per cent of the industry's most important positions.", 70))).toEqual({ value: 70, qualifier: undefined, unit: "%", label: "share of industry's most important positions", type: "percent" });
    expect(at("A third of the industry's most important positions are held by men.", 0.333)).toMatchObject({ type: "other", label: "positions held by men" });
  });
});

describe("a share of what an owner has runs over the whole's number to the noun", () => {
  it("'33 per cent of the carrier's 1,526 scheduled flights': a share of the carrier's scheduled flights", () => {
    expect(exact(at("More than 450 flights were cancelled, which equalled 33 per cent of the carrier's 1,526 scheduled flights.", 33))).toEqual({ value: 33, qualifier: undefined, unit: "%", label: "share of carrier's scheduled flights", type: "percent" });
  });

  it("an owner with a number and no noun after it stays the owner ('40 per cent of the party's 300')", () => {
    expect(at("He won 40 per cent of the party's 300.", 40).label).toBe("share of party's");
  });
});

describe("a share of 'those' is a share of the people the words after it pick out (J: Newcastle's '5 per cent — country', ranked off)", () => {
  it("'with 5 per cent of those living on Tyneside reporting problems': share of those living on Tyneside", () => {
    expect(exact(at("Newcastle is the most pest-infested place in the country with 5 per cent of those living on Tyneside reporting problems with rats.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "%", label: "share of those living on Tyneside", type: "percent" });
  });

  it("'40% of those surveyed said …' is read, as a share of those surveyed (it was left out)", () => {
    expect(exact(at("Some 40% of those surveyed said they would vote.", 40))).toEqual({ value: 40, qualifier: "some", unit: "%", label: "share of those surveyed", type: "percent" });
  });
});

describe("share-of-those.ts", () => {
  it("'40% of those who, like him, …': 'who' with no verb after it picks no one out (mutant: 'share of those who')", () => {
    expect(figs("Some 40% of those who, like him, left the party voted.").map((f) => f.label)).not.toContain("share of those who");
  });
  it("'12% of those aged 10 to 14 said they smoked': an age's span is one word (mutant: cut at '10')", () => {
    expect(exact(at("Some 12% of those aged 10 to 14 said they smoked.", 12))).toEqual({ value: 12, qualifier: "some", unit: "%", label: "share of those aged 10-14", type: "percent" });
  });
  it("'3% of those aged 65 and over said they smoked': 65-plus (mutant: cut at '65')", () => {
    expect(exact(at("Some 3% of those aged 65 and over said they smoked.", 3))).toEqual({ value: 3, qualifier: "some", unit: "%", label: "share of those aged 65-plus", type: "percent" });
  });
});

describe("share-of-those.ts: a share of those that the card's label length would cut", () => {
  it("'Some 5 per cent of those living on the Tyneside coast reported rats.': those living on the Tyneside coast (was cut to 'share of those living on')", () => {
    expect(exactOnly("Some 5 per cent of those living on the Tyneside coast reported rats.")).toEqual({ value: 5, qualifier: "some", unit: "%", label: "those living on the Tyneside coast", type: "percent" });
  });
  it("'78 per cent of those who aren't keen on the sandwich': the reach ends on no preposition, so it fits as a share (not 'those who aren't keen on')", () => {
    expect(exact(at("Some 84 per cent of fans love to travel, compared with 78 per cent of those who aren't keen on the sandwich.", 78))).toEqual({ value: 78, qualifier: undefined, unit: "%", label: "share of those who aren't keen", type: "percent" });
  });
});

describe("a fraction or ratio of 'those' is a share of the people the words after them pick out, as a percent's is", () => {
  it("'with one in six of those aged 16-19 saying they had never voted': share of those aged 16-19 (was 'aged')", () => {
    const text = "The poll found that turnout was low, with one in six of those aged 16-19 saying they had never voted.";
    expect(exact(at(text, 0.167))).toEqual(want(0.167, undefined, undefined, "share of those aged 16-19", "other"));
  });
  it("'A quarter of those questioned said no.': the verb of saying ends the group, however tagged (was no figure)", () => {
    expect(exact(at("A quarter of those questioned said no.", 0.25))).toEqual(want(0.25, undefined, undefined, "share of those questioned", "other"));
    expect(exact(at("Some 25 per cent of those questioned said no.", 25))).toEqual(want(25, "some", "%", "share of those questioned", "percent"));
  });
});

describe("a fronted 'N% of the time,' is how often its clause happens (card audit 55's made-up shape 7)", () => {
  it("'Around 80% of the time, patients who relapse are usually skipping doses.' → the clause's subject and doing", () => {
    expect(exact(at("Around 80% of the time, patients who relapse are usually skipping doses.", 80))).toEqual(want(80, "around", "%", "patients who relapse skipping doses", "percent"));
  });

  it("near miss: no clause after 'of the time' ('The alarm works 90% of the time.') keeps 'share of time'", () => {
    expect(at("The alarm works 90% of the time.", 90).label).toBe("share of time");
  });
});
