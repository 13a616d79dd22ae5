// A count of times said before its verb is labelled by the verb and its complement (deed-after.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("how often, before the verb", () => {
  it("\"He twice came close to winning the title.\": what happened twice", () => {
    expect(exactOnly("He twice came close to winning the title.")).toEqual(want(2, undefined, undefined, "times came close", "count"));
  });
  it("\"They three times lost in the final.\"", () => {
    expect(exactOnly("They three times lost in the final.")).toEqual(want(3, undefined, undefined, "times lost in final", "count"));
  });
});
