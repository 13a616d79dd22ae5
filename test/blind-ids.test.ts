// scripts/blind-ids.ts: the blind list is found from the module's own place, so a script run outside the repository's
// root (cv-card.ts' loadHighlights) still leaves the blind articles out instead of throwing.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
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

  it("reads ids one a line or space-separated, and a '#' comment adds no words", () => {
    const file = join(mkdtempSync(join(tmpdir(), "blind-")), "ids.txt");
    writeFileSync(file, "a-1\nb-2 c-3\n# sample Z (audit 99): from 5\nd-4 # trailing words\n");
    expect([...readIds(file)].sort()).toEqual(["a-1", "b-2", "c-3", "d-4"]);
  });

  it("holds only article ids", () => {
    const odd = [...readIds(BLIND_IDS_FILE)].filter((id) => !/^(cnndm_test-\d{5}|bbc-(business|entertainment|politics|sport|tech)-\d{3})$/.test(id));
    expect(odd).toEqual([]);
  });
});
