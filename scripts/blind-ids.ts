/**
 * The article ids kept blind for unbiased audits (docs/audits/blind-ids.txt), for the scripts that print dev cards or
 * article text: they leave these out unless told otherwise, so reading a script's rows can never show a blind card.
 * Only the round's auditor reads blind articles, through scripts/card-audit.ts. The thirty-fourth round's trial of a
 * weight printed a blind card because its script left nothing out by default; the default is now the blind list.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The blind list, found from this module's place as the eval data is (lib/eval/datasets.ts): a script run from another
 * directory (cv-card.ts' loadHighlights from a worktree's subfolder) threw on a path read from the working directory.
 */
export const BLIND_IDS_FILE = fileURLToPath(new URL("../docs/audits/blind-ids.txt", import.meta.url));

/**
 * The ids in `file` (one a line or space-separated; `#` starts a comment to the line's end, so a sample's heading line
 * adds no words to the set); `"none"` names no file: nothing is left out.
 */
export function readIds(file: string): Set<string> {
  if (file === "none") return new Set();
  if (!existsSync(file)) throw new Error(`no id file ${file} (pass --exclude none to leave nothing out)`);
  return new Set(readFileSync(file, "utf8").replace(/#.*$/gm, "").split(/\s+/).filter(Boolean));
}
