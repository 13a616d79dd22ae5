// A length followed by a word of lying under something is a depth (depth-below.ts, read by unit-dimension.ts's side()):
// "about 14 feet below the waterline" was 'about 14 — feet' (card-audit-50's made-up shape 2).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("depth-below.ts: 'N UNIT below/under/beneath the SURFACE' is a depth", () => {
  it("'… about 14 feet below the waterline …' → about 14 feet — depth below the waterline", () => {
    const text = "Divers recovered the anchor late on Monday about 14 feet below the waterline, the coastguard said.";
    expect(exact(at(text, 14))).toEqual(want(14, "about", "feet", "depth below the waterline", "measure"));
  });

  it("'roughly 30 centimetres under the sand' → depth under the sand (a short unit)", () => {
    const text = "The ring was found roughly 30 centimetres under the sand by a volunteer with a metal detector.";
    expect(exact(at(text, 30))).toEqual(want(30, "roughly", "centimetres", "depth under the sand", "measure"));
  });

  it("'The wreck lies 40 metres below the surface.' → depth below the surface, not 'distance'", () => {
    expect(at("The wreck lies 40 metres below the surface.", 40).label).toBe("depth below the surface");
  });

  it("'The cave sits about 200 metres underground.' → depth underground, not 'metres underground'", () => {
    expect(at("The cave sits about 200 metres underground.", 200).label).toBe("depth underground");
  });

  it("near miss: 'The river peaked 30 centimetres below the record set in 1998.' is a gap to a mark: centimetres", () => {
    expect(at("The river peaked 30 centimetres below the record set in 1998.", 30).label).toBe("centimetres");
  });

  it("near miss: 'The plane flew 500 feet above the town.' keeps its motion: feet flown", () => {
    expect(at("The plane flew 500 feet above the town.", 500).label).toBe("feet flown");
  });

  it("near miss: 'He finished two metres under the mark.' is a gap: distance, as before", () => {
    expect(at("He finished two metres under the mark.", 2).label).toBe("distance");
  });

  it("near miss: 'The sea wall will be raised by 2 metres under the plan.' is what allows it: distance, as before", () => {
    expect(at("The sea wall will be raised by 2 metres under the plan.", 2).label).toBe("distance");
  });

  it("near miss: 'Boats must stay 50 metres under the new rules.' is no depth", () => {
    expect(at("Boats must stay 50 metres under the new rules.", 50).label).toBe("distance");
  });

  it("near miss: 'The fence must stand 2 metres below the minimum.' is a gap to a mark: distance", () => {
    expect(at("The fence must stand 2 metres below the minimum.", 2).label).toBe("distance");
  });

  it("near miss: 'The jump was 5 centimetres under her best.' is a gap to a mark: centimetres", () => {
    expect(at("The jump was 5 centimetres under her best.", 5).label).toBe("centimetres");
  });

  it("near miss: 'Climbers turned back 200 metres below the summit.' is short of a high point: distance", () => {
    expect(at("Climbers turned back 200 metres below the summit.", 200).label).toBe("distance");
  });

  it("near miss: 'He was 5 metres behind and 2 metres under the leader.' is a gap to a rival: distance", () => {
    expect(at("He was 5 metres behind and 2 metres under the leader.", 2).label).toBe("distance");
  });
  it("near miss: 'The jet flew 50 feet above the crowd and 20 feet below the bridge.' is a gap under a thing: 20 feet, no depth", () => {
    const text = "The jet flew 50 feet above the crowd and 20 feet below the bridge.";
    expect(exact(at(text, 20))).toEqual(want(20, undefined, "feet", "feet", "measure"));
  });

  it("near miss: 'The barge stopped 3 miles under the bridge.' is a distance, not a depth", () => {
    expect(exact(at("The barge stopped 3 miles under the bridge.", 3))).toEqual(want(3, undefined, "miles", "distance", "measure"));
  });

  it("near miss: 'The river peaked 30 centimetres below the flood defences.' is a level below, not a depth: centimetres", () => {
    const text = "The river peaked 30 centimetres below the flood defences.";
    expect(exact(at(text, 30))).toEqual(want(30, undefined, "centimetres", "centimetres", "measure"));
  });

  it("'The city lies 2 metres below sea level.' → depth below sea level (a level of the sea is a surface)", () => {
    expect(exact(at("The city lies 2 metres below sea level.", 2))).toEqual(want(2, undefined, "metres", "depth below sea level", "measure"));
  });

  it("'The station lies 40 metres under the streets of London.' → depth under the streets", () => {
    const text = "The station lies 40 metres under the streets of London.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "metres", "depth under the streets", "measure"));
  });

  it("'The mine shaft reaches 1.2 kilometres beneath the town.' → depth beneath the town (was 'kilometres beneath')", () => {
    expect(exact(at("The mine shaft reaches 1.2 kilometres beneath the town.", 1.2))).toEqual(want(1.2, undefined, "kilometres", "depth beneath the town", "measure"));
  });

  it("'The body was buried 6 feet under the patio.' → depth under the patio (was 'feet')", () => {
    expect(at("The body was buried 6 feet under the patio.", 6).label).toBe("depth under the patio");
  });
});
