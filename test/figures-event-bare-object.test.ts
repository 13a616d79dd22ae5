// An event's object goes without its article or owner when the label then fits the card (event-after.ts' eventLabel),
// as "since first mammal cloned" goes without its "the": cut at no preposition, the label was the unit alone or the
// time point's word. Made-up sentences in the shapes of the dev cards.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("an event's object without its owner, to fit", () => {
  it("'six years since Daley won his breakthrough world title in Rome' → years since winning breakthrough world title", () => {
    expect(exact(at("It has been six years since Daley won his breakthrough world title in Rome.", 6))).toEqual(
      duration(6, "years", "years since winning breakthrough world title"),
    );
  });

  it("'after she was given her death penalty two years ago' → years since being given death penalty", () => {
    expect(exact(at("The nun helped her cope after she was given her death penalty two years ago.", 2))).toEqual(
      duration(2, "years", "years since being given death penalty"),
    );
  });
});
