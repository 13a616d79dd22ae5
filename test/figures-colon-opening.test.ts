// colon-opening.ts: a capitalised number word after a colon or a dash (and a quote mark) opens a clause, not a name:
// "the prizes: 'Three hundred rupees (four dollars) for the winner, a hundred for the rest.'" reads both sums as money
// (card audit 48's shape 3 edge: the opening sum was an identifier, so 'a hundred — rest' [count]).
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

/** Value, currency, type and label of the listed number of `value` in `text`. */
const read = (text: string, value: number) => {
  const n = listed(text).find((f) => f.value === value);
  return n && [n.value, n.unit, n.type, n.label];
};

describe("a number word opening a clause after a colon", () => {
  it("a quote after the colon: 'He recalled the prizes: 'Three hundred rupees (four dollars) for the winner, a hundred …'", () => {
    const text = "He recalled the prizes: 'Three hundred rupees (four dollars) for the winner, a hundred for the rest.'";
    expect(read(text, 300)).toEqual([300, "INR", "money", "prizes"]);
    expect(read(text, 100)).toEqual([100, "INR", "money", "for the rest"]);
  });

  it("no quote, thousands: 'The fees were set out plainly: Five thousand yen (fifty dollars) to enter, two thousand to watch'", () => {
    const text = "The fees were set out plainly: Five thousand yen (fifty dollars) to enter, two thousand to watch.";
    expect(exact(at(text, 2000))).toEqual(want(2000, undefined, "JPY", "to watch", "money"));
  });

  it("a dash, a sign in the bracket: 'Her answer was blunt — 'Twenty euros ($22) on weekdays, thirty at weekends.''", () => {
    const text = "Her answer was blunt — 'Twenty euros ($22) on weekdays, thirty at weekends.'";
    expect(read(text, 20)).toEqual([20, "EUR", "money", "on weekdays"]);
    expect(read(text, 30)?.slice(0, 3)).toEqual([30, "EUR", "money"]);
  });

  it("double quotes, 'and': 'The menu read: \"Eight hundred pesos (forty dollars) for the set lunch, and five hundred …\"'", () => {
    const text = 'The menu read: "Eight hundred pesos (forty dollars) for the set lunch, and five hundred for children."';
    expect(exact(at(text, 500))).toEqual(want(500, undefined, "MXN", "for children", "money"));
  });

  it("near miss: a capitalised word after the number keeps the name ('He sang the anthem: Three Lions on a shirt')", () => {
    expect(read("He sang the anthem: Three Lions on a shirt.", 3)?.[2]).toBe("identifier");
  });
});
