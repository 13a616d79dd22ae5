// shouted-number.ts: an all-capital number word in running text is the number, written so for emphasis, not a name's
// word: "Chelsea had to cope without FIVE regular starters" (blind sample BE's shape 13, M1: an identifier, never a
// candidate). A name's capitals run with its neighbours' and stay an identifier.
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const typeOf = (text: string, value: number) => listed(text).find((f) => f.value === value)?.type;

describe("an all-capital number word in running text", () => {
  it("'Chelsea had to cope without FIVE regular starters as the side tried to overturn a 2-0 deficit on Sunday.'", () => {
    const text = "Chelsea had to cope without FIVE regular starters as the side tried to overturn a 2-0 deficit on Sunday.";
    expect(exact(at(text, 5))).toEqual(want(5, undefined, undefined, "regular starters", "count"));
  });

  it("other words, the same grammar: 'Police arrested TEN men after the match.'", () => {
    expect(exact(at("Police arrested TEN men after the match.", 10))).toEqual(want(10, undefined, undefined, "men arrested", "count"));
  });

  it("a hyphened compound: 'The club sold TWENTY-FIVE shirts in an hour.'", () => {
    expect(exact(at("The club sold TWENTY-FIVE shirts in an hour.", 25))).toEqual(want(25, undefined, undefined, "shirts sold", "count"));
  });

  it("after the sentence's first word: 'Only TWO of the players turned up.'", () => {
    expect(exact(at("Only TWO of the players turned up.", 2))).toEqual(want(2, "only", undefined, "players", "count"));
  });

  it("near miss: a capital before it runs a name ('The show airs on Channel FIVE at noon.', 'PLOS ONE published it.')", () => {
    expect(typeOf("The show airs on Channel FIVE at noon.", 5)).toBe("identifier");
    expect(typeOf("PLOS ONE published the paper.", 1)).toBe("identifier");
  });

  it("near miss: a capital after it runs a name ('The rights went to FIVE Sports in June.')", () => {
    expect(typeOf("The rights went to FIVE Sports in June.", 5)).toBe("identifier");
  });

  it("near miss: only the first letter capital is a name's word as before ('He joined the cast of Seven last year.')", () => {
    expect(typeOf("He joined the cast of Seven last year.", 7)).toBe("identifier");
  });
});
