/**
 * Counts the card figures whose label is their unit alone ('15 — years'), the strict audit rule's largest class of bad
 * label (card-audit-11.md): reads the output of scripts/figures-cards.ts, so two commits' cards give two counts.
 * A label counts when it equals the unit with or without a final "s"; durations are counted apart because time points
 * ('N years ago') keep their unit by decision.
 * Run: npx tsx scripts/figures-cards.ts --limit 5000 --file cnndm-dev.jsonl | npx tsx scripts/unit-only-labels.ts
 */
import { readFileSync } from "node:fs";

// One figure line of figures-cards.ts: "  raw = value [qualifier|unit|type] — label (kind, sN)".
const LINE = /^\s+.* = \S+ \[([^|\]]*)\|([^|\]]*)\|([^\]]*)\] — (.*) \(\w+, s\d+\)$/;

const bare = (w: string): string => w.replace(/s$/, "");
let figures = 0;
let unitOnly = 0;
let durations = 0;
for (const line of readFileSync(0, "utf8").split("\n")) {
  const m = LINE.exec(line);
  if (m === null) continue;
  figures++;
  const [, , unit = "", type = "", label = ""] = m;
  if (unit === "" || bare(label.trim()) !== bare(unit)) continue;
  unitOnly++;
  if (type === "duration") durations++;
}
console.log(`card figures ${figures}, labelled by their unit alone ${unitOnly} (durations ${durations})`);
