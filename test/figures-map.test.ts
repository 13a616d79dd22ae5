import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// lib/brief/figures is a tree of concept folders, each with a README.md mapping its files: the maps are the newcomer's
// way in, and only worth reading while each names every file of its folder and every folder under it, and nothing gone.
const ROOT = fileURLToPath(new URL("../lib/brief/figures/", import.meta.url));

function foldersUnder(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory())
    .flatMap((n) => [join(dir, n), ...foldersUnder(join(dir, n))]);
}

const folders = [ROOT, ...foldersUnder(ROOT)];

describe("the maps of lib/brief/figures", () => {
  it.each(folders.map((dir) => [relative(ROOT, dir) || ".", dir]))("%s/README.md names its files and the folders under it", (_, dir) => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    const files = readdirSync(dir).filter((n) => n.endsWith(".ts")).sort();
    const named = [...readme.matchAll(/^\| `([\w-]+\.ts)` \|/gm)].map((m) => m[1]).sort();
    expect(named).toEqual(files);
    const under = foldersUnder(dir).map((d) => `${relative(dir, d).split("\\").join("/")}/`).sort();
    const namedFolders = [...readme.matchAll(/^\| `([\w/-]+\/)` \|/gm)].map((m) => m[1]).sort();
    expect(namedFolders).toEqual(under);
  });

  it("keeps every file in a folder of its concept, none loose at the top", () => {
    expect(readdirSync(ROOT).filter((n) => n.endsWith(".ts"))).toEqual([]);
  });
});
