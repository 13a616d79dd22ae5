// "Gamblers can get 11/10 that the mercury climbs to 98F": the line a bet is struck on is no reading (card audit 56,
// sample AX's made-up shape 5: read '98F — mercury').
import { describe, expect, it } from "vitest";
import { figs, listed } from "#test/helpers/figures.ts";

describe("bet-threshold.ts: an amount in the clause a bet's odds open is dropped", () => {
  it("'Punters can get 7/2 that the thermometer reaches 41C this year.' → no figure", () => {
    expect(figs("Punters can get 7/2 that the thermometer reaches 41C this year.").map((f) => f.value)).not.toContain(41);
  });
  it("'Bookies offer odds that rainfall will reach 90mm in May.' → no figure", () => {
    expect(figs("Bookies offer odds that rainfall will reach 90mm in May.").map((f) => f.value)).not.toContain(90);
  });
  it("'Bookmakers are offering a bet that the river rises to 6 metres.' → no figure", () => {
    expect(figs("Bookmakers are offering a bet that the river rises to 6 metres.").map((f) => f.value)).not.toContain(6);
  });
  it("near miss: 'Forecasters said that the thermometer reached 41C this year.' → 41 C kept", () => {
    expect(figs("Forecasters said that the thermometer reached 41C this year.").map((f) => f.value)).toContain(41);
  });
  it("near miss: 'Punters put 7/2 on the thermometer, which reached 41C.' → 41 C listed", () => {
    expect(listed("Punters put 7/2 on the thermometer, which reached 41C.").map((f) => f.value)).toContain(41);
  });
});
