// A word of likelihood is how sure an amount is, not what it is of (likely-label.ts).
import { describe, expect, it } from "vitest";
import { exact, exactOnly, figs, one } from "#test/helpers/figures.ts";

const pct = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });

describe("a percent 'more likely to' or 'less likely to' do something", () => {
  it("'Viewers were 20 per cent more likely to have tried alcohol and 70 per cent more likely to binge drink.': each by its doing", () => {
    expect(figs("Viewers were 20 per cent more likely to have tried alcohol and 70 per cent more likely to binge drink.").map(exact)).toEqual([
      pct(20, "likelier to have tried alcohol"),
      pct(70, "likelier to binge drink"),
    ]);
  });
  it("'People who were underweight were 34 per cent more likely to be diagnosed with dementia.': the doing whole", () => {
    expect(exactOnly("People who were underweight were 34 per cent more likely to be diagnosed with dementia.")).toEqual(pct(34, "likelier to be diagnosed with dementia"));
  });
  it("'They were 24 per cent less likely to develop dementia than others.': less likely, up to 'than'", () => {
    expect(exactOnly("They were 24 per cent less likely to develop dementia than others.")).toEqual(pct(24, "less likely to develop dementia"));
  });
  it("'Divorcees are 13 per cent more likely to delay retirement and continue working.': up to the conjunction", () => {
    expect(exactOnly("Divorcees are 13 per cent more likely to delay retirement and continue working.")).toEqual(pct(13, "likelier to delay retirement"));
  });
});

describe("an amount a likelihood word frames", () => {
  it("'Revenues were likely, he said, £6bn.': over an aside", () => {
    expect(one("Revenues were likely, he said, £6bn.").label).toBe("revenues");
  });
  it("'Crowds were likely to be 40,000.': a count too", () => {
    expect(exactOnly("Crowds were likely to be 40,000.")).toEqual({ value: 40000, qualifier: undefined, unit: undefined, label: "crowds", type: "count" });
  });
  it("'Revenues likely to be £6bn below estimates.': the subject with no copula between", () => {
    expect(one("Revenues likely to be £6bn below estimates.").label).toBe("revenues");
  });
  it("'It claimed revenues were likely to be £6bn below estimates.': revenues, not 'likely'", () => {
    expect(exactOnly("It claimed revenues were likely to be £6bn below estimates.")).toEqual({ value: 6e9, qualifier: undefined, unit: "GBP", label: "revenues", type: "money" });
  });
});

describe("near misses", () => {
  it("'The museum was due to receive £6bn.': 'due' is no word of likelihood; the payee is not made the label", () => {
    expect(one("The museum was due to receive £6bn.").label).not.toBe("museum");
  });
  it("'Smokers are 20 per cent more likely to.': no doing after 'to', no 'likelier' label", () => {
    expect(one("Smokers are 20 per cent more likely to.").label).not.toMatch(/likel/);
  });
  it("'They were 24 per cent less likely to be diagnosed with dementia.': cut to a label's length, not ending on 'with'", () => {
    expect(exactOnly("They were 24 per cent less likely to be diagnosed with dementia.")).toEqual(pct(24, "less likely to be diagnosed"));
  });
  it("'Smokers were 20 per cent more keen to quit smoking.': 'more' and 'to' without 'likely' is no likelihood", () => {
    expect(exactOnly("Smokers were 20 per cent more keen to quit smoking.")).toEqual(pct(20, "smokers"));
  });
  it("'They were likely to be £6bn below estimates.': a pronoun subject names nothing", () => {
    expect(one("They were likely to be £6bn below estimates.").label).not.toBe("They");
  });
  it("'His wife would be due to receive £250,000.': 'due' is no word of likelihood; the payee is not made the label", () => {
    expect(one("His wife would be due to receive £250,000.").label).not.toBe("wife");
  });
  it("'Sales were 20 per cent more than last year.': 'more' with no 'likely to' is a rise, labelled as before", () => {
    expect(exactOnly("Sales were 20 per cent more than last year.")).toEqual(pct(20, "sales"));
  });
  it("'He is 20 per cent more likely.': no doing after it, 'likely' is not made into a label", () => {
    expect(one("Smokers are 20 per cent more likely, the study said.").label).not.toMatch(/^(?:likelier|less likely)/);
  });
  it("'It is likely to cost £6bn.': a pronoun says nothing of the amount, which keeps the verb's noun", () => {
    expect(exactOnly("It is likely to cost £6bn.")).toEqual({ value: 6e9, qualifier: undefined, unit: "GBP", label: "cost", type: "money" });
  });
  it("'The likely cost is £6bn.': a likelihood word inside a noun phrase stays with it", () => {
    expect(exactOnly("The likely cost is £6bn.")).toEqual({ value: 6e9, qualifier: undefined, unit: "GBP", label: "likely cost", type: "money" });
  });
});
