/**
 * How many default cards over cnndm-dev hold the same fact twice, by rules of its own (not the card's sameFact, so
 * the count measures the card rather than restating it). A pair of figures on one card is flagged when:
 *   head      same value, unit and type, and the labels share a content-word stem ("25 caps" / "capped 25 times")
 *   sentence  same value, unit and type, and the two sentences share most of their content stems (a repeated line)
 *   amount    same value (10 or more, not vague), unit and type in two sentences otherwise ("on 25 occasions")
 *   small     same value, unit and type otherwise: mostly two facts ("two rifles" / "two suspects"), printed to judge
 *   change    one figure is the other's earlier level ("up from 40" on one, "40" on the other)
 * Deterministic. Run: npx tsx scripts/figures-duplicates.ts [--limit 3000] [--file dev-bbc.jsonl] [--exclude ids.txt]
 *   [--show head,sentence,amount,small,change]
 * `--exclude` leaves out the blind audit samples by default (figures-cards.ts' rule): `--show` prints sentences.
 */
import { parseArgs } from "node:util";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { contentTerms } from "#news/terms.ts";
import { articleCards, cnndmArticles, figureLine } from "#scripts/figures-cards.ts";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";

const options = {
  limit: { type: "string", default: "3000" },
  show: { type: "string", default: "" },
  file: { type: "string", default: "cnndm-dev.jsonl" },
  exclude: { type: "string", default: BLIND_IDS_FILE },
} as const;
const { values } = parseArgs({ options });
const show = new Set(values.show.split(",").filter((s) => s !== ""));

type Flag = "head" | "sentence" | "amount" | "small" | "change";
const FLAGS: readonly Flag[] = ["head", "sentence", "amount", "small", "change"];
const VAGUE = /\b(?:dozens?|scores|hundreds|thousands|millions|billions|tens)\b/i;

function overlap(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.min(sa.size, sb.size);
}

function flagOf(a: KeyFigure, b: KeyFigure, text: (i: number) => string): Flag | undefined {
  const sameAmount = a.value === b.value && a.unit === b.unit && a.type === b.type;
  if (sameAmount) {
    if (overlap(contentTerms(a.label), contentTerms(b.label)) > 0) return "head";
    if (a.sentence !== b.sentence && overlap(contentTerms(text(a.sentence)), contentTerms(text(b.sentence))) >= 0.6) return "sentence";
    const distinct = a.sentence !== b.sentence && a.value >= 10 && !VAGUE.test(a.display) && !VAGUE.test(b.display);
    return distinct ? "amount" : "small";
  }
  if ((a.previous === b.value && a.unit === b.unit) || (b.previous === a.value && a.unit === b.unit)) return "change";
  return undefined;
}

const excluded = readIds(values.exclude);
const cards = articleCards(cnndmArticles(Number(values.limit), values.file).filter((a) => !excluded.has(a.id)), 5);
const cardsWith = new Map<Flag, number>(FLAGS.map((f) => [f, 0]));
const pairs = new Map<Flag, number>(FLAGS.map((f) => [f, 0]));
let any = 0;
// Cards with a repeat by the first three flags or a change pair: what an editor would strike (small pairs are mostly two facts).
let repeats = 0;
for (const card of cards) {
  const text = (i: number) => card.sentences[i] ?? "";
  const found = new Set<Flag>();
  card.figures.forEach((a, i) => {
    for (const b of card.figures.slice(i + 1)) {
      const flag = flagOf(a, b, text);
      if (flag === undefined) continue;
      found.add(flag);
      pairs.set(flag, (pairs.get(flag) ?? 0) + 1);
      if (show.has(flag)) {
        console.log(`${flag.toUpperCase()} ${card.id}\n  ${figureLine(a)}\n    « ${text(a.sentence).slice(0, 180)} »`);
        console.log(`  ${figureLine(b)}\n    « ${text(b.sentence).slice(0, 180)} »`);
      }
    }
  });
  for (const f of found) cardsWith.set(f, (cardsWith.get(f) ?? 0) + 1);
  if (found.size > 0) any++;
  if ([...found].some((f) => f !== "small")) repeats++;
}
console.log(`${cards.length} ${values.file.replace(/\.jsonl$/, "")} cards, ${cards.reduce((n, c) => n + c.figures.length, 0)} figures`);
for (const f of FLAGS) console.log(`  ${f.padEnd(9)} ${String(cardsWith.get(f)).padStart(4)} cards, ${pairs.get(f)} pairs`);
console.log(`  any       ${String(any).padStart(4)} cards`);
console.log(`  repeats   ${String(repeats).padStart(4)} cards (any flag but small)`);
