// "made it two" in a match report is the running score, no second span of a match minute said before it (card-audit-46's
// made-up shape 4: 'two — minutes' [duration] by the unit of "in 12 minutes"; elided-span.ts).
import { describe, expect, it } from "vitest";
import { listed } from "#test/helpers/figures.ts";

describe("a running score 'made it N' is no span of the match minute before it", () => {
  it("'… in front in 12 minutes and Okafor made it two with a header eight minutes later' → 'two' no duration", () => {
    const rows = listed("Pereira put the visitors in front in 12 minutes and Okafor made it two with a header eight minutes later.");
    // The 12 is the match minute the lead came in, a time (match-minute.ts), no duration.
    expect(rows.filter((n) => n.type === "duration").map((n) => n.value)).toEqual([8]);
    expect(rows.find((n) => n.value === 12)?.type).toBe("time");
    expect(rows.find((n) => n.value === 2)?.candidate).toBe(false);
  });

  it("'The hosts led after five minutes, and Okafor made it three with a low drive six minutes after that' → 'three' no duration", () => {
    const rows = listed("The hosts led after five minutes, and Okafor made it three with a low drive six minutes after that.");
    expect(rows.filter((n) => n.type === "duration").map((n) => n.value)).toEqual([5, 6]);
  });

  it("keeps an elided second span: 'He served 12 years and his brother eight' → eight years", () => {
    expect(listed("He served 12 years and his brother eight.").map((n) => [n.value, n.unit, n.type])).toEqual([[12, "years", "duration"], [8, "years", "duration"]]);
  });
});
