// A place says where a number was counted, never what it counts (place-label.ts); a bare count said "in" a place counts
// the noun said before it.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a place said in a noun phrase", () => {
  it("'The death toll in Nepal … surpassed more than 5,000': more than 5,000 death toll", () => {
    const text = "The death toll in Nepal is rising; it has now surpassed more than 5,000.";
    expect(exact(at(text, 5000))).toEqual({ value: 5000, qualifier: "more than", unit: undefined, label: "death toll", type: "count" });
  });

  it("'Output in France is forecast to expand by 1.2 per cent': a sentence's first noun, tagged a name, is still the noun", () => {
    const text = "Output in France is forecast to expand by 1.2 per cent this year.";
    expect(exact(at(text, 1.2))).toEqual({ value: 1.2, qualifier: undefined, unit: "%", label: "output", type: "percent" });
  });

  it("'Shares in Manchester United were up over 5%': a name of several words stays with the noun", () => {
    const text = "Shares in Manchester United were up over 5% by noon on Monday following a new offer from Malcolm Glazer.";
    expect(exact(at(text, 5))).toEqual({ value: 5, qualifier: "over", unit: "%", label: "shares in Manchester United", type: "percent" });
  });

  it("near miss: a name before 'in' is no noun counted ('against West Indies in Antigua … fell for just two')", () => {
    const text = "Trott, who looks sure to open with Alastair Cook in the first Test against West Indies in Antigua on Monday, fell for just two, top-edging an attempted pull.";
    expect(at(text, 2).label).not.toMatch(/Indies/);
  });

  it("near miss: a verb before 'in' is no noun ('students studying in Scotland')", () => {
    const text = "He announced proposals to increase tuition fees for English students studying in Scotland by £2,000.";
    expect(at(text, 2000).label).not.toMatch(/studying|students/);
  });

  it("near miss: a label that is no place is left alone ('£5m for Britain's hospitals')", () => {
    expect(at("The government gave £5m for Britain's hospitals.", 5e6).label).toBe("for Britain's hospitals");
  });

  it("near miss: a count of people named for a place keeps them ('1,000 Britons')", () => {
    expect(at("More than 1,000 Britons in Spain were evacuated.", 1000).label).toBe("Britons");
  });

  it("near miss: the number's own unit is no noun ('dropped by 1.2% to 50.50 euros in Amsterdam')", () => {
    const text = "Shares fell 1% to 510.75 pence in London, and dropped by 1.2% to 50.50 euros in Amsterdam.";
    expect(at(text, 50.5).label).not.toBe("euros");
  });

  it("near miss: a participle the tagger calls a noun says where ('The fossil - first found in Montana')", () => {
    const text = "The fossil - first found in Montana in 1992 - is expected to fetch $1.8 million (£1.2 million) at auction.";
    expect(at(text, 1.8e6).label).not.toMatch(/found/);
  });
});

describe("a place said right after the amount", () => {
  it("'broadband penetration reaching 100% in the UK': 100% broadband penetration", () => {
    const text = "With broadband penetration reaching 100% in the UK, businesses want to give people reasons to use it.";
    expect(exact(at(text, 100))).toEqual({ value: 100, qualifier: undefined, unit: "%", label: "broadband penetration", type: "percent" });
  });

  it("'Prices for the Sport model start at $349 in the US': $349 prices", () => {
    const text = "Prices for the Sport model start at $349 in the US and £299 in the UK.";
    expect(exact(at(text, 349))).toEqual({ value: 349, qualifier: undefined, unit: "USD", label: "prices", type: "money" });
  });

  it("near miss: with no verb in reach the place is not read past here ('and £299 in the UK'); the pair names it (place-pair.ts)", () => {
    expect(at("Prices for the Sport model start at $349 in the US and £299 in the UK.", 299).label).toBe("prices in the UK");
  });

  it("near miss: a subject with a name in it is who acts, not what ('Chancellor George Osborne earmarked up to £2million in the Budget')", () => {
    const text = "Last month Chancellor George Osborne earmarked up to £2million in the Budget towards marking the event.";
    expect(at(text, 2e6).label).not.toMatch(/Osborne/);
  });
});

describe("a count said in a place", () => {
  it("'more horses this year -- 80 in France and almost 100 in Britain': almost 100 horses", () => {
    const text = "It was feasible to keep travelling back and forth across the Channel but we have more horses this year -- 80 in France and almost 100 in Britain.";
    expect(exact(at(text, 100))).toEqual({ value: 100, qualifier: "almost", unit: undefined, label: "horses", type: "count" });
  });

  it("'26,000 Yanomami living in Brazil and 15,000 in Venezuela': 15,000 Yanomami", () => {
    const text = "There are about 26,000 Yanomami living in Brazil and 15,000 in Venezuela, mostly in federally protected reserves.";
    expect(exact(at(text, 15000))).toEqual({ value: 15000, qualifier: undefined, unit: undefined, label: "Yanomami", type: "count" });
  });

  it("with no noun to count, no place is what it counts", () => {
    expect(figs("There were more than 100 in London.").map((f) => f.label)).not.toContain("London");
  });

  it("near miss: a count with its noun keeps it ('More than 100 horses in Britain')", () => {
    expect(exact(at("More than 100 horses in Britain were sold.", 100))).toEqual({ value: 100, qualifier: "more than", unit: undefined, label: "horses", type: "count" });
  });

  it("near miss: money said in a place is left to the amount before it ('£139,544 in Wales')", () => {
    expect(at("The average house price was £192,713 in England; £139,544 in Wales.", 139544).label).toBe("average house price in Wales");
  });

  it("near miss: a period noun is no thing counted ('Over the past years almost 100 in Britain')", () => {
    const labels = figs("Over the past years almost 100 in Britain have died.").map((f) => f.label);
    expect(labels).not.toContain("years");
    expect(labels).not.toContain("Britain");
  });

  it("near miss: 'in total' is no place, left to the nearest noun phrase", () => {
    expect(at("The club sold tickets to fans, more than 100 in total.", 100).label).toBe("total");
  });

  it("near miss: money or a percent said in a place is left to the readings of amounts", () => {
    expect(at("Sales of cars were strong, with $5m in Britain alone.", 5e6).label).not.toBe("cars");
    expect(at("Shares in banks rose, with 15% in Britain.", 15).label).not.toBe("banks");
  });

  it("near miss: a word after the count before that is no noun is no label ('80 last year and almost 100 in Britain')", () => {
    const labels = figs("We had 80 last year and almost 100 in Britain now.").map((f) => f.label);
    expect(labels).not.toContain("last");
    expect(labels).not.toContain("Britain");
  });
});
