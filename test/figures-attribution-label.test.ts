// Who says an amount is no label of it: "which critics say would cost £280billion" (attribution-label.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, one } from "#test/helpers/figures.ts";

const gbp = (value: number, label: string) => ({ value, qualifier: undefined, unit: "GBP", label, type: "money" });

describe("an attribution inside a relative clause", () => {
  it("\"the so-called 'citizens income' -- which critics say would cost £280billion --\": over the dash and quote mark", () => {
    expect(exactOnly("She admitted the so-called 'citizens income' -- which critics say would cost £280billion -- would take longer.")).toEqual(gbp(280e9, "citizens income"));
  });
  it("'The plan, which critics say would cost £280billion, failed.': over the comma", () => {
    expect(exactOnly("The plan, which critics say would cost £280billion, failed.")).toEqual(gbp(280e9, "plan"));
  });

  it("'The plan which critics say would cost £280billion failed.': with no comma, the relative pronoun ends the speakers", () => {
    expect(exactOnly("The plan which critics say would cost £280billion failed.")).toEqual(gbp(280e9, "plan"));
  });
});

describe("near misses", () => {
  it("'Mote, who made claims of £16,000 against Boof, left.': a noun 'claims' is the money's own noun", () => {
    expect(exactOnly("Mote, who made claims of £16,000 against Boof, left.")).toEqual(gbp(16000, "claims"));
  });
  it("'RDF Media, which makes the show, has filed a damages claim for $18 million.': 'claim' a noun", () => {
    expect(one("RDF Media, which makes the show for US network ABC, has filed a damages claim for $18 million.").label).toBe("claim");
  });
  it("'What critics say would cost £280billion is the plan.': 'what' has no noun before it to name the amount", () => {
    expect(exactOnly("What critics say would cost £280billion is the plan.")).toEqual(gbp(280e9, "what critics say"));
  });
  it("'Critics say it would cost £280billion.': no relative pronoun, the cost as before", () => {
    expect(exactOnly("Critics say it would cost £280billion.")).toEqual(gbp(280e9, "cost"));
  });
});
