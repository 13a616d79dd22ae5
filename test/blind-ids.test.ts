// scripts/blind-ids.ts: the blind list is found from the module's own place, so a script run outside the repository's
// root (cv-card.ts' loadHighlights) still leaves the blind articles out instead of throwing.
import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { describe, expect, it } from "vitest";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";

describe("the blind ids file", () => {
  it("is an absolute path to docs/audits/blind-ids.txt that exists, whatever the working directory", () => {
    expect(isAbsolute(BLIND_IDS_FILE)).toBe(true);
    expect(BLIND_IDS_FILE.endsWith("docs/audits/blind-ids.txt")).toBe(true);
    expect(existsSync(BLIND_IDS_FILE)).toBe(true);
  });

  it("'none' leaves nothing out; a missing file says how to leave nothing out", () => {
    expect(readIds("none").size).toBe(0);
    expect(() => readIds("no/such/ids.txt")).toThrow(/--exclude none/);
  });
});
