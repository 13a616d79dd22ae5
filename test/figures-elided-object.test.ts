// elided-object.ts: a share whose own clause ends on an elided object ("had got any", "did") takes its label from the
// clause before the conjunction: its first verb's object. "Most wanted extra coaching to handle the new tasks but only
// 38 per cent had got any." was dropped for want of a label (blind sample BE's shape 13, M3).
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const candidate = (text: string, value: number) => listed(text).find((f) => f.value === value)?.candidate;

describe("a share whose clause elides its object", () => {
  it("'Most wanted extra coaching to handle the new tasks but only 38 per cent had got any.'", () => {
    const text = "Most wanted extra coaching to handle the new tasks but only 38 per cent had got any.";
    expect(exact(at(text, 38))).toEqual(want(38, "only", "%", "extra coaching", "percent"));
  });

  it("other words, the same grammar: 'Most firms expected a pay rise this year, and 64 per cent did.'", () => {
    expect(exact(at("Most firms expected a pay rise this year, and 64 per cent did.", 64))).toEqual(want(64, undefined, "%", "pay rise", "percent"));
  });

  it("no hedge, 'while … did not': 'Many readers backed the new tax, while 22% did not.'", () => {
    expect(exact(at("Many readers backed the new tax, while 22% did not.", 22))).toEqual(want(22, undefined, "%", "new tax", "percent"));
  });

  it("near miss: a clause of cause is no elided parallel ('Most wanted extra coaching because only 38 per cent had got any.')", () => {
    expect(candidate("Most wanted extra coaching because only 38 per cent had got any.", 38)).toBe(false);
  });

  it("near miss: the verb before takes a verb, no object ('Most wanted to leave but only 38 per cent had done.')", () => {
    expect(candidate("Most wanted to leave but only 38 per cent had done.", 38)).toBe(false);
  });

  it("near miss: 'and' joins noun phrases, the amount no clause's subject ('Fans cheered the title, the trophy and £60,000.')", () => {
    expect(candidate("Fans cheered the title, the trophy and £60,000.", 60000)).toBe(false);
  });
});
