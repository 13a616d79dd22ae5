// A percent after the rise or fall of a subject closed by a participle is the change (participle-subject.ts):
// "The number of people targeted increased by 300% last year" read '300% — people targeted', a share of them, and
// "Reports of people targeted increased by 300%" read '— people': the subject reader stopped at the participle.
// Card-audit-45's AM informed left the shape ('300% — Asians targeted'); these sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("participle-subject.ts: a percent after a tally's rise or fall names the change", () => {
  it("'The number of people targeted increased by 300% last year.' → rise in people targeted", () => {
    const text = "The number of people targeted increased by 300% last year.";
    expect(exact(at(text, 300))).toEqual(want(300, undefined, "%", "rise in people targeted", "percent"));
  });

  it("'The number of people arrested jumped 50% in a year.' (no 'by') → rise in people arrested", () => {
    const text = "The number of people arrested jumped 50% in a year.";
    expect(exact(at(text, 50))).toEqual(want(50, undefined, "%", "rise in people arrested", "percent"));
  });

  it("'The number of homes flooded fell by 40 per cent this year.' → fall in homes flooded", () => {
    const text = "The number of homes flooded fell by 40 per cent this year.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "%", "fall in homes flooded", "percent"));
  });

  it("a level after 'to' is the tally's: 'The number of jobs advertised rose to 12% of all vacancies.' keeps no rise", () => {
    const text = "The number of jobs advertised rose to 12% of all vacancies.";
    expect(at(text, 12).label.startsWith("rise")).toBe(false);
  });

  it("a count after the rise is not a percent: 'The number of people targeted increased by 300, police said.'", () => {
    const text = "The number of people targeted increased by 300, police said.";
    expect(exact(at(text, 300))).toEqual(want(300, undefined, undefined, "people targeted", "count"));
  });
});

describe("participle-subject.ts: a participle right before the verb closes its subject as a reduced relative", () => {
  it("'Reports of people targeted increased by 300%.' → rise in reports of people targeted", () => {
    const text = "Reports of people targeted increased by 300%.";
    expect(exact(at(text, 300))).toEqual(want(300, undefined, "%", "rise in reports of people targeted", "percent"));
  });

  it("'Cases of children abused jumped 40% in a decade.' → rise in cases of children abused (was '— decade')", () => {
    const text = "Cases of children abused jumped 40% in a decade.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "%", "rise in cases of children abused", "percent"));
  });

  it("'Time Warner Cable shares closed down 5.4 per cent at $149.61.': 'closed down' is the verb, no participle", () => {
    const text = "Time Warner Cable shares closed down 5.4 per cent at $149.61.";
    expect(at(text, 149.61).label).toBe("Time Warner Cable shares");
  });

  it("a relative clause's verb is no participle: 'The fees that students pay rose 9% this year.' is no rise in students", () => {
    const text = "The fees that students pay rose 9% this year.";
    expect(at(text, 9).label).not.toBe("rise in students pay");
  });
});
