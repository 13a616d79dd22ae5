// share-doing.ts, "with" and a participle: "… at least once a month with 20 per cent admitting to texting at the
// wheel": the share is the subject of the absolute clause, labelled by what it does (card audit 47's shape 4: '20 per
// cent — month', the first clause's period).
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("'with N per cent VERB-ing …' is labelled by the participle's clause", () => {
  it("'use their phone at least once a month with 20 per cent admitting to texting at the wheel'", () => {
    const text = "Most drivers - over 80 per cent - use their phone at least once a month with 20 per cent admitting to texting at the wheel.";
    expect(at(text, 20).label).toBe("admitting to texting at wheel");
  });

  it("after a comma: 'at least once an evening, with 10 per cent describing the habit as exhausting'", () => {
    const text = "The poll found that 45 per cent of workers check emails at least once an evening, with 10 per cent describing the habit as 'exhausting'.";
    expect(at(text, 10).label).toBe("describing habit as exhausting");
  });

  it("a week, another topic: 'Most fans watch at least once a week with 40 per cent travelling to away games'", () => {
    expect(at("Most fans watch at least once a week with 40 per cent travelling to away games.", 40).label).toBe("travelling to away games");
  });

  it("the % sign, twice a month: 'Staff work late twice a month with 15% blaming their managers for the hours'", () => {
    expect(at("Staff work late twice a month with 15% blaming their managers for the hours.", 15).label).toBe("blaming managers for hours");
  });

  it("near miss: 'saying' was read before, and still is ('with 12 per cent saying they never read for pleasure')", () => {
    const text = "Some 60 per cent of pupils read a book at least once a week, with 12 per cent saying they never read for pleasure.";
    expect(at(text, 12).label).toBe("saying they never read for pleasure");
  });
});
