import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// lib/brief/figures/README.md is the newcomer's map of the card's 60-odd files: it is only worth reading while it
// names every file there and nothing that is gone.
const DIR = new URL("../lib/brief/figures/", import.meta.url);
const files = readdirSync(DIR).filter((n) => n.endsWith(".ts")).sort();
const named = [...readFileSync(new URL("README.md", DIR), "utf8").matchAll(/\| `([\w-]+\.ts)` \|/g)].map((m) => m[1]).sort();

describe("lib/brief/figures/README.md", () => {
  it("names every file of the folder once, in a table row", () => {
    expect(named).toEqual(files);
  });
});
