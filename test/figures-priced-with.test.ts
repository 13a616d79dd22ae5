// A price after "for" is of the thing a "with" hangs on ("a fish wrap with sweet potato fries"), not of what comes with
// it; a capitalised party after "with" is left to the rules that read parties.
// Each a one-sentence repro with the exact figures.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));
const money = (display: string, value: number, qualifier: string | undefined, label: string) => ({ display, value, qualifier, unit: "GBP", label, type: "money" });

describe("a price of a thing with its sides", () => {
  it("'the kiosk sells a crab roll with garlic chips for just £6': the crab roll, not the chips", () => {
    expect(exact("On Fridays the kiosk sells a crab roll with garlic chips for just £6.")).toEqual([money("just £6", 6, "just", "crab roll")]);
  });

  it("'a veggie burger with coleslaw and onion rings for £9': past every side joined by 'and'", () => {
    expect(exact("The van now does a veggie burger with coleslaw and onion rings for £9.")).toEqual([money("£9", 9, undefined, "veggie burger")]);
  });

  it("'the deli offered a beef bap with pickles and slaw for only £4': the beef bap, not 'offer'", () => {
    expect(exact("This morning the deli offered a beef bap with pickles and slaw for only £4.")).toEqual([money("only £4", 4, "only", "beef bap")]);
  });

  it("'a loan with Real Madrid for £2m': a capitalised party after 'with' is no side; the loan keeps its party", () => {
    expect(exact("The club agreed a loan with Real Madrid for £2m.")).toEqual([money("£2m", 2_000_000, undefined, "loan with Real Madrid")]);
  });
});

describe("a price of a dish served in or on something with its sides", () => {
  it("'a kebab in a flatbread wrap with chilli sauce for £5': the kebab, not the wrap it is served in", () => {
    expect(exact("The stall sells a kebab in a flatbread wrap with chilli sauce for £5.")).toEqual([money("£5", 5, undefined, "kebab")]);
  });
  it("'boasted chicken wrap with lettuce, tomato and mayo in a seeded roll with fries for just £5': the bare dish before its trimmings", () => {
    expect(exact("This week the menu boasted chicken wrap with lettuce, tomato and mayo in a seeded roll with fries for just £5.")).toEqual([money("just £5", 5, "just", "chicken wrap")]);
  });
  it("'sold lamb kebab with mint, yoghurt and red cabbage in a pitta with chips for £6': 'red' is no participle", () => {
    expect(exact("The stall sold lamb kebab with mint, yoghurt and red cabbage in a pitta with chips for £6.")).toEqual([money("£6", 6, undefined, "lamb kebab")]);
  });
  it("near miss: a period before 'in' is no dish ('a night in a cabin with hot tubs for £90' keeps the cabin)", () => {
    expect(exact("Guests can book a night in a cabin with hot tubs for £90.")).toEqual([money("£90", 90, undefined, "cabin")]);
  });
});
