// "the numbers of X verbed" is a tally as "the number of" is (tally-subject.ts): "Hospital data showed the numbers of
// cyclists injured had risen by 250%" was '250% — cyclists', the participle lost (card-audit-45's made-up shape 5).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("tally-subject.ts: 'the numbers of' names nothing; what it is of does", () => {
  // A percent after the rise "by" is the rise (labels58, participle-subject.ts): 'rise in cyclists injured', not a share of them.
  it("'… showed the numbers of cyclists injured had risen by 250% …' → 250% — rise in cyclists injured", () => {
    const text = "Hospital data showed the numbers of cyclists injured had risen by 250% since the bridge reopened.";
    expect(exact(at(text, 250))).toEqual(want(250, undefined, "%", "rise in cyclists injured", "percent"));
  });

  it("'The numbers of pupils excluded fell by 40% in two years.' → 40% — fall in pupils excluded", () => {
    const text = "The numbers of pupils excluded fell by 40% in two years.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "%", "fall in pupils excluded", "percent"));
  });

  it("'… the numbers of camera phones in the UK more than doubled to 7.5 million.': the hedge is of the verb group", () => {
    const text = "During the same period, the numbers of camera phones in the UK more than doubled to 7.5 million.";
    expect(exact(at(text, 7500000))).toEqual(want(7500000, undefined, undefined, "camera phones in the UK", "count"));
  });
});
