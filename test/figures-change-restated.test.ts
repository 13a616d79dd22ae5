// A percent labelled by its change noun alone that restates the sentence's own change, after a dash or as what a
// participle of showing shows, is the main clause subject's change (change-restated.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const percent = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });

describe("a change restated: the main clause's subject is what changed", () => {
  it("after a dash: 'The Nikkei index shed 500 points -- a startling 4 per cent fall' → Nikkei index fall", () => {
    expect(exact(at("The Nikkei index shed 500 points -- a startling 4 per cent fall in just an hour.", 4))).toEqual(percent(4, "Nikkei index fall"));
  });

  it("after a dash, past an aside: 'the Nikkei index shed 500 points, having been down 200 points -- a 4 per cent fall'", () => {
    const text = "Between noon and 1pm the Nikkei index shed 500 points, having already been down 200 points -- a startling 4 per cent fall in just an hour.";
    expect(exact(at(text, 4))).toEqual(percent(4, "Nikkei index fall"));
  });

  it("after a dash, past an aside, a verb of change: 'the Nikkei index dropped 500 points, having been down 200 points -- a 4 per cent fall'", () => {
    const text = "The Nikkei index dropped 500 points, having already been down 200 points -- a startling 4 per cent fall.";
    expect(exact(at(text, 4))).toEqual(percent(4, "Nikkei index fall"));
  });

  it("back to the dash over an adverb: 'shed 600 points -- a very sharp 6 per cent fall' → Dow Jones fall", () => {
    expect(exact(at("The Dow Jones shed 600 points -- a very sharp 6 per cent fall.", 6))).toEqual(percent(6, "Dow Jones fall"));
  });

  it("a participle of showing: 'Spain's industrial output for December was released, showing 0.5% growth' → Spain's industrial output growth", () => {
    expect(exact(at("Also on Friday, Spain's industrial output for December was released, showing 0.5% growth.", 0.5))).toEqual(percent(0.5, "Spain's industrial output growth"));
  });
});

describe("near misses keep the noun alone", () => {
  it("a pronoun subject: 'It shed 500 points -- a 4 per cent fall'", () => {
    expect(exact(at("It shed 500 points -- a startling 4 per cent fall in just an hour.", 4))).toEqual(percent(4, "fall"));
  });

  it("a dash after a clause that tells no change: 'The mayor spoke at length -- a 4 per cent rise was promised'", () => {
    expect(exact(at("The mayor spoke at length -- a 4 per cent rise was promised.", 4))).toEqual(percent(4, "rise"));
  });

  it("a subject that is a change itself: 'The slump wiped 600 points off the Dow -- a 6 per cent fall'", () => {
    expect(exact(at("The slump wiped 600 points off the Dow -- a 6 per cent fall.", 6))).toEqual(percent(6, "fall"));
  });

  it("what a report shows: 'Figures were released on Friday, showing 0.5% growth'", () => {
    expect(exact(at("Figures were released on Friday, showing 0.5% growth.", 0.5))).toEqual(percent(0.5, "growth"));
  });

  it("showing with no comma describes the noun before it: 'The minister praised 300 firms showing 0.5% growth'", () => {
    expect(exact(at("The minister praised 300 firms showing 0.5% growth.", 0.5))).toEqual(percent(0.5, "growth"));
  });
});
