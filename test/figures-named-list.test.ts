// A plural counted noun followed by a list of the names it counts is labelled by the noun ("two sons Owen and Ethan
// Phillips" → sons), not by the noun and the list's first name (named-list.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a counted noun with the names it counts: the noun", () => {
  it("a list parted by commas: 'his three younger brothers Brandon, Neal and Tyler' → three — younger brothers", () => {
    expect(exact(at("The family includes his three younger brothers Brandon, Neal and Tyler.", 3))).toEqual(want(3, undefined, undefined, "younger brothers", "count"));
  });

  it("a pair joined by 'and', the second with a surname: 'her two sons Owen and Ethan Phillips' → two — sons", () => {
    expect(exact(at("Her two sons Owen and Ethan Phillips were on other sides of the country.", 2))).toEqual(want(2, undefined, undefined, "sons", "count"));
  });

  it("full names: 'two Australian citizens Andrew Chan and Myuran Sukumaran' → two — Australian citizens", () => {
    expect(exact(at("The ten include two Australian citizens Andrew Chan and Myuran Sukumaran.", 2))?.label).toBe("Australian citizens");
  });
});

describe("near misses: no list of names after the noun", () => {
  it("a name alone, no list: 'two sons Owen.' stays as read", () => {
    expect(exact(at("He has two sons Owen.", 2))?.label).toBe("sons Owen");
  });

  it("a phrase that ends on no name is no list's start: 'Two sales managers and Smith' stays sales managers", () => {
    expect(exact(at("Two sales managers and Smith were fired.", 2))?.label).toBe("sales managers");
  });

  it("a name first modifies the noun: 'Two Arsenal players and a coach' → Arsenal players", () => {
    expect(exact(at("Two Arsenal players and a coach were hurt.", 2))?.label).toBe("Arsenal players");
  });

  it("a singular word before the names counts none of them: 'two fellow Britons Smith and Jones' is not 'fellow'", () => {
    expect(exact(at("He beat two fellow Britons Smith and Jones.", 2))?.label).not.toBe("fellow");
  });

  it("an adjective before the names is no counted noun: 'two famous Smith and Jones' is not 'famous'", () => {
    expect(exact(at("They were two famous Smith and Jones.", 2))?.label).not.toBe("famous");
  });

  it("a name before a comma and a clause is the clause's subject: 'to millions of fans Richie Benaud, who died' is no list", () => {
    expect(exact(at("But to millions of fans Richie Benaud, who died last night, was the voice of cricket.", 1000000))?.label).not.toBe("fans");
  });

  it("an age after a comma goes on with the list: 'three sons Essa, four, Zakariva, two' → three — sons", () => {
    expect(exact(at("They are in custody with three sons Essa, four, Zakariva, two, and Yahya, one.", 3))?.label).toBe("sons");
  });

  it("an age in digits goes on with the list too: 'three sons Essa, 4, Zakariva, 2' → three — sons", () => {
    expect(exact(at("They are in custody with three sons Essa, 4, Zakariva, 2, and Yahya, 1.", 3))?.label).toBe("sons");
  });
});
