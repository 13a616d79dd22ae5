// A length before a compass point is a distance, from the place named "of" it (compass-after.ts): every direction alike.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a length before a compass point", () => {
  it("'The ferry ran aground near Porto Novo, a harbour some 60 miles east of Dakar.': 60 miles — distance from Dakar", () => {
    expect(exact(at("The ferry ran aground near Porto Novo, a harbour some 60 miles east of Dakar.", 60))).toEqual(want(60, "some", "miles", "distance from Dakar", "measure"));
  });

  it("'The hikers were found near Tolva, about 35km southwest of Granada.': 35 km — distance from Granada (glued unit)", () => {
    expect(exact(at("The hikers were found near Tolva, about 35km southwest of Granada.", 35))).toEqual(want(35, "about", "km", "distance from Granada", "measure"));
  });

  it("'The convoy halted 90 miles north of Rio de Janeiro.': 90 miles — distance from Rio de Janeiro (a name's joining word)", () => {
    expect(exact(at("The convoy halted 90 miles north of Rio de Janeiro.", 90))).toEqual(want(90, undefined, "miles", "distance from Rio de Janeiro", "measure"));
  });

  it("'The wreck lies 40 miles west of Corfu's old harbour.': 40 miles — distance (a name that owns the place is no place)", () => {
    expect(exact(at("The wreck lies 40 miles west of Corfu's old harbour.", 40))).toEqual(want(40, undefined, "miles", "distance", "measure"));
  });

  it("'The storm drifted 50 miles east of the reef overnight.': 50 miles — distance (no name after 'of')", () => {
    expect(exact(at("The storm drifted 50 miles east of the reef overnight.", 50))).toEqual(want(50, undefined, "miles", "distance", "measure"));
  });

  it("near miss: 'The crash closed the road 10 miles south of Junction 4 of the M1.': 10 miles — distance (a numbered point, no place)", () => {
    // Was 'distance from Junction'.
    expect(exact(at("The crash closed the road 10 miles south of Junction 4 of the M1.", 10))).toEqual(want(10, undefined, "miles", "distance", "measure"));
  });

  it("'The fighting raged 30 km east of Kharkiv On Monday.': 30 km — distance from Kharkiv (a day ends the name)", () => {
    expect(exact(at("The fighting raged 30 km east of Kharkiv On Monday.", 30))).toEqual(want(30, undefined, "km", "distance from Kharkiv", "measure"));
  });

  it("near miss: 'The quake struck about 30km west of San Juan de los Morros.': about 30 km — distance (a name cut short names another place)", () => {
    expect(exact(at("The quake struck about 30km west of San Juan de los Morros.", 30))).toEqual(want(30, "about", "km", "distance", "measure"));
  });

  it("'The town is 20 miles south of Rio de la Plata.': 20 miles — distance from Rio de la Plata (joining words run on)", () => {
    expect(exact(at("The town is 20 miles south of Rio de la Plata.", 20))).toEqual(want(20, undefined, "miles", "distance from Rio de la Plata", "measure"));
  });

  it("'Shelling hit a village 20 km west of Kharkiv Monday, officials said.': 20 km — distance from Kharkiv (a day is no place's word)", () => {
    expect(exact(at("Shelling hit a village 20 km west of Kharkiv Monday, officials said.", 20))).toEqual(want(20, undefined, "km", "distance from Kharkiv", "measure"));
  });
});

describe("a compass point after the things a count counts", () => {
  it("'Police moved 300 troops east of the river.': 300 — troops (where they went, no word of the noun)", () => {
    expect(exact(at("Police moved 300 troops east of the river.", 300))).toEqual(want(300, undefined, undefined, "troops", "count"));
  });

  it("'About 5,000 refugees west of Mosul need food.': about 5,000 — refugees", () => {
    expect(exact(at("About 5,000 refugees west of Mosul need food.", 5000))).toEqual(want(5000, "about", undefined, "refugees", "count"));
  });

  it("'The 50 states east of the Mississippi voted.': 50 — states", () => {
    expect(exact(at("The 50 states east of the Mississippi voted.", 50))).toEqual(want(50, undefined, undefined, "states", "count"));
  });

  it("near miss: 'The boat sank at 40 degrees east, officials said.': 40 degrees — degrees east (another unit's compass point is a bearing)", () => {
    expect(exact(at("The boat sank at 40 degrees east, officials said.", 40))).toEqual(want(40, undefined, "degrees", "degrees east", "measure"));
  });
});
