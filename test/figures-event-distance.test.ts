// A race distance that names an event ("the world 1500m champion") is a name, not a figure (card-audit-11, sample E).
import { describe, expect, it } from "vitest";
import { figs, typedList } from "#test/helpers/figures.ts";

describe("a race distance naming an event is an identifier, off the card", () => {
  it.each([
    ["The four-time world 1500m champion pulled out of the meeting.", "1500m"],
    ["Bekele, the 10,000m Olympic champion, will not defend his title.", "10,000m"],
    ["She won the 400m hurdles final in Paris.", "400m"],
    ["He took 200m gold in Athens.", "200m"],
    ["The 4km champion Edith Masai was not selected.", "4km"],
    ["Promising 60m hurdler Jane Smith won the race.", "60m"],
    ["The 100m sprinter was disqualified.", "100m"],
    // The unit spelt out names the race as the glued one does (blind sample AZ's junk, made up).
    ["She hopes to race in the 800 metre steeplechase in Oslo and Rome.", "800 metre"],
    ["He is the 1,500-metre European champion.", "1,500-metre"],
    ["She won the 5,000 metres final in Turin.", "5,000"],
  ])("'%s': %s is an identifier", (text, display) => {
    expect(typedList(text)).toContainEqual([display, "identifier", false]);
    expect(figs(text).map((f) => f.display)).not.toContain(display);
  });

  it("'holds the 5,000m and 10,000m world records': both distances name the records", () => {
    expect(typedList("Bekele holds the 5,000m and 10,000m world records.")).toEqual([
      ["5,000m", "identifier", false],
      ["10,000m", "identifier", false],
    ]);
  });

  it("a distance run, or a race's length, stays a measure: 'ran 100m in 9.58 seconds', 'the 253.5km race'", () => {
    expect(figs("Lena ran 800 metres in two minutes.")).toContainEqual(expect.objectContaining({ display: "800", value: 800, unit: "metres", type: "measure" }));
    expect(figs("A 2.5 metre bronze whaler was seen off the pier.")).toEqual([expect.objectContaining({ display: "2.5 metre", type: "measure" })]);
    expect(figs("The 10 kilometre race was won by Smith.")).toEqual([expect.objectContaining({ display: "10 kilometre", value: 10, unit: "kilometres", type: "measure", label: "race" })]);
    expect(figs("Bolt ran 100m in 9.58 seconds.")).toContainEqual(expect.objectContaining({ display: "100m", value: 100, unit: "m", type: "measure" }));
    expect(figs("Wiggins rode the 253.5km race on Sunday.")).toEqual([expect.objectContaining({ display: "253.5km", value: 253.5, unit: "km", type: "measure", label: "race" })]);
  });
});
