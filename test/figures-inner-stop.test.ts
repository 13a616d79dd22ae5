// inner-stop.ts: a capitalised number word after a full stop inside a quotation opens a sentence the splitter kept
// joined, not a name: "'… either way. Three hundred rupees (four dollars) to sing, a hundred to watch.'" reads both sums
// as money (card audit 48's shape 3 when the sum opens a verbless sentence: an identifier and 'a hundred — dollars').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

/** Value, currency and type of the listed number of `value` in `text`. */
const read = (text: string, value: number) => {
  const n = listed(text).find((f) => f.value === value);
  return n && [n.value, n.unit, n.type];
};

describe("a number word opening a sentence inside a quotation", () => {
  it("single quotes, a bracket: \"'… you got paid either way. Three hundred rupees (four dollars) to sing, a hundred to watch.'\"", () => {
    const text = "'We never knew who would win, but you got paid either way. Three hundred rupees (four dollars) to sing, a hundred to watch.'";
    expect(read(text, 300)).toEqual([300, "INR", "money"]);
    expect(exact(at(text, 100))).toEqual(want(100, undefined, "INR", "to watch", "money"));
  });

  it("double quotes, thousands, a speaker after: '\"The rules were simple. Five thousand yen (fifty dollars) for a win, two thousand …\"'", () => {
    const text = '"The rules were simple. Five thousand yen (fifty dollars) for a win, two thousand for a draw," he said.';
    expect(read(text, 5000)).toEqual([5000, "JPY", "money"]);
    expect(exact(at(text, 2000))).toEqual(want(2000, undefined, "JPY", "for a draw", "money"));
  });

  it("a quotation after a colon, no bracket: 'She remembered: \"It was a hard life. Twenty euros a day in summer, ten in winter.\"'", () => {
    const text = 'She remembered the stall well: "It was a hard life. Twenty euros a day in summer, ten in winter."';
    expect(read(text, 20)).toEqual([20, "EUR", "money"]);
    expect(read(text, 10)).toEqual([10, "EUR", "money"]);
  });

  it("near miss: a capitalised word before the stop may be a title the number runs on from ('Ask for No. Three')", () => {
    expect(read('"Ask for No. Three at the door and bring cash," he said.', 3)?.[2]).toBe("identifier");
  });

  it("near miss: a capitalised word after the number keeps the name ('\"We won. Three Lions fans sang all night.\"')", () => {
    expect(read('"We won. Three Lions fans sang all night," he said.', 3)?.[2]).not.toBe("count");
  });

  it("near miss: a lower-case abbreviation opens a name ('\'He wants the no. Seven shirt,\' said the coach')", () => {
    expect(read("'He wants the no. Seven shirt,' said the coach.", 7)?.[2]).toBe("identifier");
    expect(read("'The answer is in vol. Three of the report,' he said.", 3)?.[2]).toBe("identifier");
  });
});
