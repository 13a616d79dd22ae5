// The systems nutgraf is read beside in `nutgraf eval`: a library a TypeScript user would pick (npm ts-textrank, a
// devDependency loaded only here) and the greedy oracle, the best a 3-sentence extract can do given the reference.
import { AbsoluteSummarizerConfig, DefaultTextParser, NullLogger, SorensenDiceSimilarity, Summarizer } from "ts-textrank";
import { rougeOfTokens, rougeTokens } from "#eval/rouge.ts";
import type { Sentence } from "#news/sentences.ts";

/** ts-textrank as its README configures it (Sørensen–Dice similarity, damping 0.85), in reading order. */
export function textrankSummary(text: string, count = 3): string[] {
  const config = new AbsoluteSummarizerConfig(count, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE);
  // Its own splitter and parser: it sees the raw text a user would hand it.
  return new Summarizer(config, new NullLogger()).summarize(text, "en");
}

/**
 * Greedy oracle (Nallapati et al. 2017): add the sentence that most raises ROUGE-1 + ROUGE-2 F1 against the reference,
 * stop at `count` or when nothing raises it. Ties go to the earlier sentence. Returned in reading order.
 */
export function oracleSummary(sentences: readonly Sentence[], reference: string, count = 3): string[] {
  const ref = rougeTokens(reference);
  const tokens = sentences.map((s) => rougeTokens(s.text));
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < count) {
    let pick = -1;
    for (let i = 0; i < sentences.length; i++) {
      if (chosen.includes(i)) continue;
      const candidate = [...chosen, i].sort((a, b) => a - b).flatMap((k) => tokens[k]!);
      const s = rougeOfTokens(candidate, ref);
      const value = s.rouge1.f1 + s.rouge2.f1;
      if (value > best + 1e-12) {
        best = value;
        pick = i;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return chosen.sort((a, b) => a - b).map((i) => sentences[i]!.text);
}
