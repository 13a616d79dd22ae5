// split-share.ts: two shares adding to a hundred said as a split ("a 70-30 per cent split", "split the profits 70-30",
// "a 70/30 split") are one figure, a percent labelled as the split, not a score or a date (card audit 48's shape 12).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, typedList, want } from "#test/helpers/figures.ts";

describe("a split of a whole", () => {
  it("'I have agreed a 70-30 per cent split with the label' → 70% — split with label", () => {
    const text = "'I have agreed a 70-30 per cent split with the label,' the singer says.";
    expect(exact(at(text, 70))).toEqual(want(70, undefined, "%", "split with label", "percent"));
  });

  it("a falling pair with 'per cent' and no noun, past tense: 'The band handed 55-45 per cent of the takings to the promoter'", () => {
    expect(exact(at("The band handed 55-45 per cent of the takings to the promoter.", 55))).toEqual(want(55, undefined, "%", "split of takings", "percent"));
  });

  it("after a dividing verb and its object: 'The singer and her label split the profits 70-30 in her favour'", () => {
    expect(at("The singer and her label split the profits 70-30 in her favour.", 70).label).toBe("split of profits");
  });

  it("a slash and a noun after: 'They agreed a 70/30 split.' → not a date", () => {
    expect(exact(at("They agreed a 70/30 split.", 70))).toEqual(want(70, undefined, "%", "split", "percent"));
  });

  it("a colon, present tense, 'between': 'The partners divide the income 60:40 between them' → not a time", () => {
    expect(at("The partners divide the income 60:40 between them.", 60).label).toBe("split of income");
  });

  it("near miss: a match's score stays a score ('Arsenal won 3-1 in the final', 'The board voted 7-2 to approve')", () => {
    expect(typedList("Arsenal won 3-1 in the final.")).toEqual([["3-1", "score", false]]);
    expect(typedList("The board voted 7-2 to approve.")).toEqual([["7-2", "score", false]]);
    // A dividing verb before a pair that does not add to a hundred: a vote's tally, no split.
    expect(typedList("The board split 7-2 on the plan.")).toEqual([["7-2", "score", false]]);
  });

  it("near miss: 'a 50-50 chance' and a vote '52-48' with no split word stay as they were read", () => {
    expect(typedList("Polls give it a 50-50 chance.")).toEqual([["50-50", "score", false]]);
    expect(typedList("The vote went 52-48 against the plan.")).toEqual([["52-48", "score", false]]);
  });

  it("near miss: a rising pair with 'per cent' is a range ('Between 40-60 per cent of voters agree')", () => {
    const f = at("Between 40-60 per cent of voters agree.", 40);
    expect([f.value, f.valueMax]).toEqual([40, 60]);
  });

  it("near miss (review): a result's score after a sharing verb stays a score: 'The two sides shared a 58-42 win'", () => {
    expect(typedList("The two sides shared a 58-42 win over the weekend.")).toContainEqual(["58-42", "score", false]);
  });

  it("near miss (review): a falling pair after 'from' is no split ('Turnout dropped from 65-35 per cent'): off the card", () => {
    expect(typedList("Turnout dropped from 65-35 per cent.")).toEqual([["65-35", "score", false]]);
  });

  it("near miss: a change of one share from a pair ('Support fell from 60-40 per cent in 2010')", () => {
    expect(typedList("Support fell from 60-40 per cent in 2010.")).toContainEqual(["60-40", "score", false]);
  });

  it("near miss: 'between' a falling pair ('Between 60-40 per cent of voters agree') is no split", () => {
    expect(typedList("Between 60-40 per cent of voters agree.")).toEqual([["60-40", "score", false]]);
  });

  it("after 'from', a split's noun still says split ('The partners went from 70-30 splits to equal shares')", () => {
    expect(labelOf("The partners went from 70-30 splits to equal shares.", 70)).toBe("split");
  });
});
