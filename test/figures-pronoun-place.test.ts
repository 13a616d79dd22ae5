// A place held by a pronoun opening its sentence is the sentence before's subject's, when that is a name
// (pronoun-place.ts); else a worded place keeps its word alone and a bare one is no figure.
import { describe, expect, it } from "vitest";
import { exact, figs, labelOf, listed, want } from "#test/helpers/figures.ts";

const rank = (text: string, value: number) => exact(figs(text).find((f) => f.value === value && f.type === "rank"));

describe("a pronoun's place", () => {
  it("'Arsenal won at home. They are third.' → 3, place of Arsenal", () => {
    expect(rank("Arsenal won at home on Sunday. They are third.", 3)).toEqual(want(3, undefined, undefined, "place of Arsenal", "rank"));
  });

  it("a worded place: 'Sebastian Vettel won in Malaysia. He climbed to fifth place.' → place of Sebastian Vettel", () => {
    expect(rank("Sebastian Vettel won in Malaysia. He climbed to fifth place.", 5)).toEqual(want(5, undefined, undefined, "place of Sebastian Vettel", "rank"));
  });

  it("near miss: the sentence before's subject is no name: 'The defeat hurt Spurs. They are seventh.' → no figure", () => {
    expect(rank("The defeat hurt Spurs badly. They are seventh.", 7)).toBeUndefined();
  });

  it("near miss: a worded place with no name before keeps its word: 'The defeat hurt Spurs. They climbed to fifth place.' → place", () => {
    expect(rank("The defeat hurt Spurs badly. They climbed to fifth place.", 5)).toEqual(want(5, undefined, undefined, "place", "rank"));
  });

  it("near miss: a pronoun that does not open the sentence: 'Arsenal won. Now they are third.' → no figure", () => {
    expect(rank("Arsenal won at home on Sunday. Now, as it stands, they are third.", 3)).toBeUndefined();
  });

  it("near miss: 'we' is the speaker's side, not the sentence before's subject: 'Arsenal won. We are third.' → no figure", () => {
    expect(rank("Arsenal won at home on Sunday. We are third.", 3)).toBeUndefined();
  });

  it("near miss: a common noun after its article is no name: 'The fans were angry. They are seventh.' → no figure", () => {
    expect(rank("The fans were angry all season. They are seventh.", 7)).toBeUndefined();
  });
});

describe("as `nutgraf figures --all` lists it", () => {
  it("named as the card names it: 'Arsenal won at home. They are third.' → place of Arsenal", () => {
    expect(labelOf("Arsenal won at home on Sunday. They are third.", 3)).toBe("place of Arsenal");
  });

  it("left out as the card leaves it: 'The fans were angry. They are seventh.' → no candidate", () => {
    expect(listed("The fans were angry all season. They are seventh.").find((n) => n.value === 7)?.candidate).toBe(false);
  });
});
