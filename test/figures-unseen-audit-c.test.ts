// Readings found wrong in card audit 9's sample C (docs/audits/card-audit-10.md: cnndm-dev and dev-bbc articles no gold
// was read for), each the general construction behind it as a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, figs } from "#test/helpers/figures.ts";

/** Every number of one sentence as `nutgraf figures --all` lists it, card candidates or not. */
const numbers = (text: string) => everyNumber(articleSentences({ paragraphs: [text] }));

describe("'in the region of', 'in the order of' hedge an amount like 'about' and are never what it counts", () => {
  it("'for a fee in the region of £12million': the fee", () => {
    expect(at("The Switzerland international joined the Italians in January for a fee in the region of £12million.", 12e6)).toMatchObject({ display: "in the region of £12million", qualifier: "in the region of", unit: "GBP", type: "money", label: "fee" });
    // "somewhere" before it is part of the hedge (was "worth").
    expect(at("Promotion is worth somewhere in the region of £120million.", 120e6)).toMatchObject({ qualifier: "somewhere in the region of", unit: "GBP", type: "money", label: "promotion" });
  });
});

describe("a number said 'expected to' do something is the subject's number, not what is expected", () => {
  it("'the official toll now at around 1,500 expected to keep growing': the toll", () => {
    expect(at("Estimates place the number lost in the thousands, with the official toll now at around 1,500 expected to keep growing.", 1500)).toMatchObject({ display: "around 1,500", qualifier: "around", type: "count", kind: "casualties", label: "official toll" });
  });

  it("with no subject before it the verb phrase still says what it counts: 'more than 2.5 million expected to be sold'", () => {
    expect(at("The DS is selling well with more than 2.5 million expected to be sold by the end of 2004.", 2.5e6)).toMatchObject({ qualifier: "more than", type: "count", label: "expected to be sold" });
  });
});

describe("the years of a partner 'of N years' count the marriage or the couple, not the partner", () => {
  it.each([
    ["Last month, Flowers's wife of over 56 years, Flora, spoke of her wish for him to regain his health.", 56, "over 56 years", "years married"],
    ["He is tying the knot with his partner of six years Heather Martin, 26, today.", 6, "six years", "years together"],
  ])("%s", (text, value, display, label) => {
    expect(at(text, value)).toMatchObject({ display, type: "duration", unit: "years", label });
  });
});

describe("money said again in the currency its first mention was converted to is the same fact", () => {
  it("'fined 200,000 rubles (£2,500)' then 'fined £2,500': one fine on the card", () => {
    const found = figs("Spartak was fined 200,000 rubles (£2,500) over the incident. The club were fined £2,500 and had an appeal rejected.");
    expect(found).toEqual([expect.objectContaining({ value: 200000, display: "200,000 rubles", unit: "RUB", type: "money", label: "fine" })]);
  });
});

describe("an ordinal glued to its compound ('88th-minute') is an ordinal, not an identifier", () => {
  it("'his 88th-minute winner': a match minute, typed ordinal and named by what happened in it", () => {
    expect(at("Edwards is congratulated by his Wolves team-mates following his 88th-minute winner against Leeds.", 88)).toMatchObject({ display: "88th-minute", type: "ordinal", kind: "rank", label: "minute winner" });
  });

  it("'a 4th-round tie': an ordinal of another compound is listed as one and stays off the card, as 'fourth-round' does", () => {
    expect(numbers("They won the 4th-round tie against Leeds.")).toEqual([expect.objectContaining({ value: 4, type: "ordinal", candidate: false })]);
  });
});

describe("a quake's magnitude is a measure named by the quake, never a model number or a count", () => {
  it.each([
    // The point split off by a space ("7 .8"), as detokenized copies print it (was an identifier 7 and a date 8).
    ["Rescue crews began the search after a magnitude-7 .8 quake near the capital flattened homes.", 7.8, "magnitude-7 .8", "quake magnitude"],
    ["A magnitude 3.1 earthquake caused a sharp jolt north of Los Angeles.", 3.1, "magnitude 3.1", "earthquake magnitude"],
    ["That quake was initially reported as a 2.9 magnitude tremor.", 2.9, "2.9 magnitude", "tremor magnitude"],
    ["Saturday's massive 7.8-magnitude quake left more than 5,000 people dead.", 7.8, "7.8-magnitude", "quake magnitude"],
    ["A strong aftershock of magnitude 6.6 was recorded.", 6.6, "magnitude 6.6", "strong aftershock magnitude"],
  ])("%s", (text, value, display, label) => {
    expect(at(text, value)).toMatchObject({ display, type: "measure", unit: "magnitude", kind: "measure", label });
  });
});
