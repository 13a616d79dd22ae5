// them-subject.ts takes the modals and the perfect's "have" between a subject and its verb from the lexicon (MODALS,
// HAVE_FORMS), not a copy of its own: "shall" is one as "will" is, which the copy had left out.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("them-subject.ts: the lexicon's modals between the subject and its verb", () => {
  it("'The council found 80 broken street lights. Officials shall fix 50 of them.' → 50 — broken street lights", () => {
    expect(exact(at("The council found 80 broken street lights. Officials shall fix 50 of them.", 50))).toEqual(want(50, undefined, undefined, "broken street lights", "count"));
  });

  it("'Police seized 40 guns. Detectives have found 30 of them.' → 30 — guns, past a perfect's 'have'", () => {
    expect(exact(at("Police seized 40 guns. Detectives have found 30 of them.", 30))).toEqual(want(30, undefined, undefined, "guns", "count"));
  });
});
