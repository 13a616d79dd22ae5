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
    expect(figs("Bolt ran 100m in 9.58 seconds.")).toContainEqual(expect.objectContaining({ display: "100m", value: 100, unit: "m", type: "measure" }));
    expect(figs("Wiggins rode the 253.5km race on Sunday.")).toEqual([expect.objectContaining({ display: "253.5km", value: 253.5, unit: "km", type: "measure", label: "race" })]);
  });
});
