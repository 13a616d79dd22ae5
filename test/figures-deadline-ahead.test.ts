// A deadline "within the next N days" is named by the doing, as "within N days" is (time-within.ts), and a calendar's
// word ("working days") is kept (described-span.ts): 'The firm will reply to the complaint within the next ten
// working days.' read 'ten — working days' (card-audit-50's made-up shape 9), 'within the next two days' 'days ahead'.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a deadline within the next days, working days kept", () => {
  it("'The firm will reply to the complaint within the next ten working days.' → working days to reply to the complaint", () => {
    const text = "The firm will reply to the complaint within the next ten working days.";
    expect(exact(at(text, 10))).toEqual(duration(10, "days", "working days to reply to the complaint"));
  });

  it("'The council must approve the plan within the next 28 days.' → days to approve the plan (was 'days ahead')", () => {
    expect(exact(at("The council must approve the plan within the next 28 days.", 28))).toEqual(duration(28, "days", "days to approve the plan"));
  });

  it("'The firm will reply to the complaint within ten days.' → days to reply to the complaint (the object after 'to')", () => {
    expect(exact(at("The firm will reply to the complaint within ten days.", 10))).toEqual(duration(10, "days", "days to reply to the complaint"));
  });

  it("near miss: 'Within the next two years, we will build the plant.' is a fronted window: years ahead, as before", () => {
    expect(exact(at("Within the next two years, we will build the plant.", 2))).toEqual(duration(2, "years", "years ahead"));
  });

  it("near miss: 'The club must respond within the next 14 days.' names no object: days ahead, as before (was 'days to respond ')", () => {
    expect(exact(at("The club must respond within the next 14 days.", 14))).toEqual(duration(14, "days", "days ahead"));
  });

  it("near miss: 'The suspect must surrender to police within the next 24 hours.' → hours ahead, no 'hours to police '", () => {
    expect(exact(at("The suspect must surrender to police within the next 24 hours.", 24))).toEqual(duration(24, "hours", "hours ahead"));
  });
});
