// elided-currency.ts: a second sum that drops its currency ("400 francs (four euros) to sing, 200 to watch") is money
// in the first sum's currency, not a count labelled by a neighbour (card audit 48's shape 3: 'two hundred — euros').
import { describe, expect, it } from "vitest";
import { exact, listed, want } from "#test/helpers/figures.ts";

/** Value, currency and type of the listed number of `value` in `text`. */
const typed = (text: string, value: number) => {
  const n = listed(text).find((f) => f.value === value);
  return n && [n.value, n.unit, n.type];
};

describe("an elided second sum", () => {
  it("after a bracketed conversion, spelled: 'paid us four hundred francs (four euros) to sing, two hundred to watch'", () => {
    expect(typed("'They paid us four hundred francs (four euros) to sing, two hundred to watch.'", 200)).toEqual([200, "CHF", "money"]);
  });

  it("digits, 'and', a symbol in the bracket: 'Tickets cost 3,000 rupees ($40) for adults and 1,000 for children'", () => {
    expect(typed("Tickets cost 3,000 rupees ($40) for adults and 1,000 for children.", 1000)).toEqual([1000, "INR", "money"]);
  });

  it("a gapped subject after the comma: 'The first-place runner got five thousand yen (fifty dollars), the others a thousand'", () => {
    const text = "The first-place runner got five thousand yen (fifty dollars), the others a thousand.";
    expect(typed(text, 1000)).toEqual([1000, "JPY", "money"]);
  });

  it("no conversion, present tense: 'Entry is 20 euros on weekdays and 30 at weekends'", () => {
    expect(typed("Entry is 20 euros on weekdays and 30 at weekends.", 30)).toEqual([30, "EUR", "money"]);
  });

  it("a sign, at the clause's end: 'Fans paid £60 to stand, 90 to sit'", () => {
    expect(typed("Fans paid £60 to stand, 90 to sit.", 90)).toEqual([90, "GBP", "money"]);
  });

  it("near miss: a count between them ends the parallel ('The £5m scheme created 200 jobs, and 40 in Wales')", () => {
    expect(typed("The £5m scheme created 200 jobs, and 40 in Wales.", 40)).toEqual([40, undefined, "count"]);
  });

  it("near miss: a noun after the number names it ('He was fined £500 and 20 friends were fined too')", () => {
    expect(typed("He was fined £500 and 20 friends were fined too.", 20)).toEqual([20, undefined, "count"]);
  });

  it("near miss: 'or' offers another of the noun before ('did it for 20,000 dollars, and in a day or two')", () => {
    expect(typed("We did it for 20,000 dollars, and in a day or two.", 2)).toEqual([2, undefined, "count"]);
  });

  it("near miss: a verb after its phrase makes it a subject ('paid $5m in fines, and 300 in the town lost their jobs')", () => {
    const text = "The firm paid $5m in fines, and 300 in the town lost their jobs.";
    expect(exact(listed(text).find((f) => f.value === 300))).toEqual(want(300, undefined, undefined, "town", "count"));
  });

  it("near miss: a passive verb after the phrase ('Tickets cost £40 at the door, and 200 at the gate were turned away')", () => {
    expect(typed("Tickets cost £40 at the door, and 200 at the gate were turned away.", 200)).toEqual([200, undefined, "count"]);
  });

  it("near miss: an auxiliary after the phrase ('The club spent £30m on players, and 12 on the staff were sacked')", () => {
    expect(typed("The club spent £30m on players, and 12 on the staff were sacked.", 12)).toEqual([12, undefined, "count"]);
  });

  it("no verb after the phrase, still a sum: 'Seats cost £40 at the front, and 200 at the back'", () => {
    expect(typed("Seats cost £40 at the front, and 200 at the back.", 200)).toEqual([200, "GBP", "money"]);
  });
});
