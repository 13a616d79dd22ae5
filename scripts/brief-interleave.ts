/**
 * What each part of a brief costs when the parts take turns an article at a time, as briefArticle runs them (read the
 * sentences, rank them, read the figures), against the same parts each run over every article before the next part
 * starts. The work is the same either way; only what each part finds left in the processor's caches and predictors by
 * the one before differs. speedrank52 found each part a third to a half slower taking turns: the cost no profile of one
 * function shows (docs/bench-history.md).
 * Run: npx tsx scripts/brief-interleave.ts [rounds=5] [DATA_DIR]; each figure is the least CPU time of its rounds.
 */
import { benchArticles } from "#cli/bench-brief.ts";
import { evalDir } from "#eval/datasets.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { salience, scoreSentences, selectBullets } from "#brief/rank.ts";
import { readSentences } from "#news/sentences.ts";

const [roundsArg, dirArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const articles = benchArticles(dirArg ?? evalDir());
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

type Read = ReturnType<typeof readSentences>;
const PARTS = ["sentences", "ranking", "figures"] as const;
type Part = (typeof PARTS)[number];
const least = { turns: { sentences: Infinity, ranking: Infinity, figures: Infinity }, batched: { sentences: Infinity, ranking: Infinity, figures: Infinity } };

/** The ranking's share of a brief: the scores, the bullets and the salience the card reads. */
function rank(i: number, read: Read): number[] {
  const scored = scoreSentences({ sentences: read.sentences, headline: articles[i]!.headline });
  selectBullets(scored, 3);
  return salience(scored);
}

const figures = (i: number, read: Read, s: number[]): unknown => findFigures(read.sentences, { limit: 5, salience: s, headline: articles[i]!.headline, leftOut: read.leftOut });

function keep(mode: keyof typeof least, spent: Record<Part, number>): void {
  for (const part of PARTS) least[mode][part] = Math.min(least[mode][part], spent[part]);
}

for (let r = 0; r < rounds; r++) {
  const turns = { sentences: 0, ranking: 0, figures: 0 };
  for (let i = 0; i < articles.length; i++) {
    const t0 = cpuMs();
    const read = readSentences(articles[i]!);
    const t1 = cpuMs();
    const s = rank(i, read);
    const t2 = cpuMs();
    figures(i, read, s);
    const t3 = cpuMs();
    turns.sentences += t1 - t0;
    turns.ranking += t2 - t1;
    turns.figures += t3 - t2;
  }
  keep("turns", turns);
  const t0 = cpuMs();
  const reads = articles.map((a) => readSentences(a));
  const t1 = cpuMs();
  const saliences = reads.map((read, i) => rank(i, read));
  const t2 = cpuMs();
  reads.forEach((read, i) => figures(i, read, saliences[i]!));
  const t3 = cpuMs();
  keep("batched", { sentences: t1 - t0, ranking: t2 - t1, figures: t3 - t2 });
}

let total = { turns: 0, batched: 0 };
for (const part of PARTS) {
  const { turns, batched } = { turns: least.turns[part], batched: least.batched[part] };
  total = { turns: total.turns + turns, batched: total.batched + batched };
  console.log(`${part.padEnd(10)} taking turns ${turns.toFixed(1)} ms, each over all ${batched.toFixed(1)} ms: x${(turns / batched).toFixed(2)}`);
}
console.log(`all three  taking turns ${total.turns.toFixed(1)} ms, each over all ${total.batched.toFixed(1)} ms: x${(total.turns / total.batched).toFixed(2)} (${articles.length} articles, least of ${rounds} rounds)`);
