// A share whose sentence opens with a partitive ("Of 520 permits …") is its main clause's subject and of that whole
// (share-doing.ts): "Of 520 permits the city has handled in the past nine months roughly 70 per cent went to small
// firms" was 'roughly 70 per cent — months' (card-audit-45's made-up shape 3; with 'this year', '— city').
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("share-doing.ts: a share after a fronted 'Of N X' is of X and does what its clause says", () => {
  it("'Of 520 permits … in the past nine months roughly 70 per cent went to small firms.' → permits went to small firms", () => {
    const text = "Of 520 permits the city has handled in the past nine months roughly 70 per cent went to small firms.";
    expect(exact(at(text, 70))).toEqual(want(70, "roughly", "%", "permits went to small firms", "percent"));
  });

  it("'Of 520 permits the city has handled this year roughly 70 per cent went …' → not '— city'", () => {
    const text = "Of 520 permits the city has handled this year roughly 70 per cent went to small firms.";
    expect(exact(at(text, 70))).toEqual(want(70, "roughly", "%", "permits went to small firms", "percent"));
  });

  it("after a comma too: 'Of the 80 cases heard over the last six weeks, 45% ended in a fine.' → cases ended in fine", () => {
    const text = "Of the 80 cases heard over the last six weeks, 45% ended in a fine.";
    expect(exact(at(text, 45))).toEqual(want(45, undefined, "%", "cases ended in fine", "percent"));
  });

  it("'Out of 640 applications received since March, about 80 per cent have been approved.' → applications approved", () => {
    const text = "Out of 640 applications received since March, about 80 per cent have been approved.";
    expect(exact(at(text, 80))).toEqual(want(80, "about", "%", "applications approved", "percent"));
  });

  it("'Of the 1,200 homes inspected so far, about 30 per cent were found unsafe.' → homes found unsafe (a passive)", () => {
    const text = "Of the 1,200 homes inspected so far, about 30 per cent were found unsafe.";
    expect(exact(at(text, 30))).toEqual(want(30, "about", "%", "homes found unsafe", "percent"));
  });

  it("'Out of the 300 patients treated last year, 45% have recovered fully.' → patients recovered fully (a perfect)", () => {
    const text = "Out of the 300 patients treated last year, 45% have recovered fully.";
    expect(exact(at(text, 45))).toEqual(want(45, undefined, "%", "patients recovered fully", "percent"));
  });

  it("'Out of 520 permits … roughly 70 per cent went to small firms.' → permits went to small firms, as after 'Of'", () => {
    const text = "Out of 520 permits the city has handled in the past nine months roughly 70 per cent went to small firms.";
    expect(exact(at(text, 70))).toEqual(want(70, "roughly", "%", "permits went to small firms", "percent"));
  });

  it("no whole, no participle label: 'Since March, about 80 per cent have been approved.' is not 'approved' alone", () => {
    const text = "The council received 640 applications. Since March, about 80 per cent have been approved.";
    expect(labelOf(text, 80)).toBe("");
  });
});
