// A count of "others" joined by "and" to an object no noun names is labelled by what the clause did to them: the first
// object's verb as a participle (others-verb.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'others' after 'and' takes the first object's verb", () => {
  it("'The mob beat two of her brothers and five others.': five — others beaten", () => {
    expect(exact(at("The mob beat two of her brothers and five others.", 5))).toEqual(want(5, undefined, undefined, "others beaten", "count"));
  });
  it("'Troops arrested the mayor and nine others on Monday.': nine — others arrested", () => {
    expect(exact(at("Troops arrested the mayor and nine others on Monday.", 9))).toEqual(want(9, undefined, undefined, "others arrested", "count"));
  });
  it("'The attacker stabbed Ms Reed, 52, and four others.': an age aside after the name → four — others stabbed", () => {
    expect(exact(at("The attacker stabbed Ms Reed, 52, and four others.", 4))).toEqual(want(4, undefined, undefined, "others stabbed", "count"));
  });
  it("'He was jailed for killing a guard and three others.': a gerund → three — others killed", () => {
    expect(exact(at("He was jailed for killing a guard and three others.", 3))).toEqual(want(3, undefined, undefined, "others killed", "count"));
  });
});

describe("near misses", () => {
  it("'A driver has died and three others are in hospital.': 'others' opening a clause is its verb's subject", () => {
    expect(at("A driver has died and three others are in hospital.", 3).label).not.toBe("others died");
  });
});
