// "Of the ten ties …, four ended level": a bare count labelled by its own verb takes the fronted partitive's noun
// (elided-deed.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";

const at = (text: string, value: number) => {
  const f = figs(text).find((x) => x.value === value);
  return f && { value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type };
};

describe("a bare count after a fronted 'Of the N <noun>,' counts that noun, doing its verb", () => {
  it("'Of the ten ties they played last spring, four ended level' → ties ended level", () => {
    expect(at("Of the ten ties they played last spring, four ended level.", 4)).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "ties ended level", type: "count" });
  });

  it("'Of those 90 passengers on the ferry, at least 61 survived' → passengers survived, past the qualifier", () => {
    expect(at("Of those 90 passengers on the ferry, at least 61 survived.", 61)).toEqual({ value: 61, qualifier: "at least", unit: undefined, label: "passengers survived", type: "count" });
  });

  it("'…, three opted for the new diet of rice': a prepositional phrase the word cap cut in two is taken off", () => {
    expect(at("Of the eight prisoners held in the jail, three opted for the new diet of rice.", 3)).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "prisoners opted", type: "count" });
  });
});

describe("near misses (and the comma)", () => {
  it("'Of the 30 firms, four ended the year in profit': only the prepositional phrase the cap cut is taken off", () => {
    expect(at("Of the 30 firms, four ended the year in profit.", 4)).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "firms ended the year", type: "count" });
  });

  it("'Of the 20 students, six passed the final maths exam': an object the cap cut mid-noun is taken off", () => {
    expect(at("Of the 20 students, six passed the final maths exam easily.", 6)).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "students passed", type: "count" });
  });

  it("near miss: 'four reached the little harbour safely': an object the cap ends whole is kept", () => {
    expect(at("Of the ten boats, four reached the little harbour safely.", 4)).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "boats reached the little harbour", type: "count" });
  });

  it("'Of the ten houses, four burned down in the fire': the verb keeps its particle, only the cut phrase goes", () => {
    expect(at("Of the ten houses, four burned down in the fire.", 4)).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "houses burned down", type: "count" });
  });

  it("'Of the ten ties they played, most at home and four ended level': the count opens no clause after the partitive's comma", () => {
    expect(at("Of the ten ties they played, most at home and four ended level.", 4)?.label).toBe("ended level");
  });
});

describe("near misses: no partitive whole, the verb stays", () => {
  it("'19 participated in the attack': no count before", () => {
    expect(exactOnly("19 participated in the attack.")?.label).toBe("participated in the attack");
  });

  it("'Some 900 jobs have been cut, and 400 moved abroad': the count before is no partitive", () => {
    expect(at("Some 900 jobs have been cut, and 400 moved abroad.", 400)?.label).toBe("moved abroad");
  });

  it("'Of the 40 staff, most of the 12 managers left, and three stayed on': the nearest count is no partitive whole", () => {
    expect(at("Of the 40 staff, most of the 12 managers left, and three stayed on.", 3)?.label).toBe("stayed on");
  });

  it("'After the 12 games, four ended level': a partitive needs its 'Of'", () => {
    expect(at("After the 12 games, four ended level.", 4)?.label).toBe("ended level");
  });
});
