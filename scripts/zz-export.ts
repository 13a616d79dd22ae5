import { writeFileSync } from "node:fs";
import { rougeOfTokens } from "../lib/rouge.ts";
import { prepare } from "./tune-data.ts";
for (const [name, file] of [["cnn", "cnndm-dev.jsonl"], ["bbc", "dev-bbc.jsonl"]] as const) {
  const arts = prepare(`/work/shared/eval/${file}`);
  const rows = arts.map((a) => ({
    id: a.id, fold: a.fold, lead3: a.lead3, reflen: a.reference.length,
    s: a.signals.map((s, i) => {
      const r = rougeOfTokens(a.tokens[i]!, a.reference);
      return [s.index, s.inParagraph, s.words, s.degree, s.pagerank, s.centroid, s.headline, s.figures, s.quote, s.entities, s.lead, r.rouge1.precision, r.rouge1.recall, r.rouge2.precision, r.rouge2.recall, a.tokens[i]!.length];
    }),
  }));
  writeFileSync(`/tmp/bullets/${name}.json`, JSON.stringify(rows));
}
