// "The NOUN of a PERSON averages £N": "averages" is the verb, though the tagger closes the subject with it; the amount
// is the average of the whole subject, head and owner, not its tail and the verb (card audit 51, sample AS's made-up
// shape 2: 'first-time buyer averages', the head noun cut).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

const pounds = (value: number, label: string) => want(value, undefined, "GBP", label, "money");

describe("averages-verb.ts: a subject that averages an amount", () => {
  it("'The salary of a junior doctor averages £38,200, the survey found.' → average salary of a junior doctor", () => {
    // Was '£38,200 — junior doctor averages'.
    const text = "The salary of a junior doctor averages £38,200, the survey found.";
    expect(exactOnly(text)).toEqual(pounds(38_200, "average salary of a junior doctor"));
  });
  it("'The pension of a retired teacher averages £21,300 while many get less.' → average pension of a retired teacher", () => {
    const text = "The pension of a retired teacher averages £21,300 while many get less.";
    expect(exactOnly(text)).toEqual(pounds(21_300, "average pension of a retired teacher"));
  });
  it("near miss: 'Flats sell for below the city's average £4,800 per square metre.' keeps its rate's label", () => {
    // "average" after an owner describes the amount: no verb (it read 'average city's' before the owner was asked).
    const text = "Flats sell for below the city's average £4,800 per square metre.";
    expect(exactOnly(text)).toEqual(pounds(4800, "per square metre"));
  });
  it("near miss: 'They paid an average £38,200.' → payment, as before", () => {
    expect(exactOnly("They paid an average £38,200.")).toEqual(pounds(38_200, "payment"));
  });
  it("'The price of a terraced house averages £187,400 in the town.' → the head before 'of a', past the participle", () => {
    // Was 'average house'.
    expect(exactOnly("The price of a terraced house averages £187,400 in the town.")).toEqual(pounds(187_400, "average price of a terraced house"));
  });
  it("'Rent for a studio flat in the suburbs averages £1,150 a month.' → average rent a month: the head, and the rate", () => {
    // Was 'average studio flat in the suburbs': the sentence's first word, tagged a name by its capital, was passed over.
    expect(exactOnly("Rent for a studio flat in the suburbs averages £1,150 a month.")).toEqual(pounds(1150, "average rent a month"));
  });
  it("near miss: 'The rent for a studio flat averages £1,150.' → no rate, and the whole subject fits", () => {
    expect(exactOnly("The rent for a studio flat averages £1,150.")).toEqual(pounds(1150, "average rent for a studio flat"));
  });
  it("'Land in the valley averages £9,000 per hectare.' → average land per hectare: the rate kept", () => {
    // Was 'average land in the valley', the rate lost.
    expect(exactOnly("Land in the valley averages £9,000 per hectare.")).toEqual(pounds(9000, "average land per hectare"));
  });
  it("near miss: 'Land in the valley averaged £9,000 a year earlier.' → a time, no rate: the whole subject", () => {
    expect(exactOnly("Land in the valley averaged £9,000 a year earlier.")).toEqual(pounds(9000, "average land in the valley"));
  });
});
