// stone-pounds.ts: a weight in stone and pounds is one weight, kept in stone ("6st 3lbs" → 6.214st), not the stone alone
// with the pounds left a second weight (card audit 47's shape 18).
import { describe, expect, it } from "vitest";
import { at, displays, exact, want } from "#test/helpers/figures.ts";

const st = (value: number, label: string) => want(value, undefined, "st", label, "measure");

describe("stone and pounds read as one weight", () => {
  it("'Weighing 6st 3lbs (39kg), 4st 10lbs (30kg) and 3st 2lbs (20kg) respectively' → 6.214, 4.714 and 3.143 st", () => {
    const text = "Weighing 6st 3lbs (39kg), 4st 10lbs (30kg) and 3st 2lbs (20kg) respectively, the triplets eat more in a day than most adults.";
    expect(exact(at(text, 6.214))).toEqual(st(6.214, "weight"));
    expect(exact(at(text, 3.143))).toEqual(st(3.143, "weight"));
    expect(displays(text)).toEqual(["6st 3lbs", "39kg", "4st 10lbs", "30kg", "3st 2lbs", "20kg"]);
  });

  it("'He weighs 15st 7lb' → 15.5st — weight", () => {
    expect(exact(at("He weighs 15st 7lb.", 15.5))).toEqual(st(15.5, "weight"));
  });

  it("'came in at 11 stone 2lb' (the word stone) → 11.143st — weight", () => {
    expect(exact(at("The boxer came in at 11 stone 2lb for the fight.", 11.143))).toEqual(st(11.143, "weight"));
  });

  it("'ballooned to 22 stone 9 pounds' → 22.643st — peak weight (weight-change.ts)", () => {
    expect(exact(at("He had ballooned to 22 stone 9 pounds by Christmas.", 22.643))).toEqual(st(22.643, "peak weight"));
  });

  it("near miss: a number after the stone with no pounds named stays apart ('6 stone 3 in the quiz')", () => {
    expect(displays("He scored 6 stone 3 in the quiz.")).toEqual(["6", "3"]);
  });

  it("near miss: 14 or more after the stone is no pounds of it ('12st 14lb' stays two weights)", () => {
    expect(displays("The scales read 12st 14lb.")).toEqual(["12st", "14lb"]);
  });
});
