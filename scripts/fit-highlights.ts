/**
 * The card's weights judged on two signals at once: highlight recall over one half of cnndm-dev.jsonl (numbers the
 * CNN/DailyMail journalists quote in their highlights, the "countable" measure of `nutgraf eval --figures`), which no
 * one labelled or tuned on, and key recall on the figures gold, which must not fall. Halves of cnndm-dev by the
 * gold's own split (`isTuneHalf`). Each article is read once; a trial only re-ranks its candidates.
 * `--try 'lead=0.5,kind.measure=0.5'` scores one trial against the current weights; `--fit a,b` runs coordinate
 * descent over those weights' grids on the tune half of cnndm-dev, keeping a value only when highlight recall there
 * (by value plus as the same fact) strictly rises and on the gold key recall (whole, and the gold's held-out half) does
 * not fall, junk stays 0, values stay right, types and labels lose at most one figure, and figures-constraints.ts holds
 * (the seed's core figures, news before trivia).
 * `--features`: for each candidate signal, how many candidates have it and how many of those the highlights quote,
 * per half of cnndm-dev (what figures-features.ts prints for key figures on the gold).
 * Run: npx tsx scripts/fit-highlights.ts [--try k=v,…] [--fit weight,…] [--features]
 */
import { parseArgs } from "node:util";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/card/weights.ts";
import { coordinateAscent } from "#scripts/coordinate-ascent.ts";
import { CARD_COORDINATES, CARD_GRIDS, newsFirst, seedHolds } from "#scripts/figures-constraints.ts";
import { holdsFact } from "#eval/figures-highlights.ts";
import { toScorable } from "#eval/figures-eval.ts";
import { loadGold, loadHighlights, parseTrial, type Result, scoreWeights, showResult as show } from "#scripts/figures-fit-data.ts";

const { values } = parseArgs({ options: { try: { type: "string" }, fit: { type: "string" }, features: { type: "boolean", default: false } } });
const hl = loadHighlights();
const gold = loadGold();
const run = (w: CardWeights): Result => scoreWeights(hl, gold, w);

const base = run(CARD_WEIGHTS);
show("current weights", base);
if (values.try !== undefined) {
  const w = parseTrial(values.try, CARD_WEIGHTS);
  show(`trial ${values.try} (seed holds: ${seedHolds(w)}, news first: ${newsFirst(w)})`, run(w));
}

// fit-figures.ts's grids, with a lead up to 4: the highlights favour early figures more than the gold does.
const GRIDS: Record<string, readonly number[]> = { ...CARD_COORDINATES, lead: [...CARD_GRIDS.lead, 4] };
if (values.fit !== undefined) {
  const keys = values.fit.split(",");
  const floorAll = base.gold.all.keyRecalled;
  const floorHeld = base.gold.held.keyRecalled;
  const gain = (r: Result) => r.hl.tune.mine + r.hl.tune.fact;
  const g0 = base.gold.all;
  /** Highlight recall on the tune half (by value plus as the same fact), or undefined when the gold gets worse. */
  const objective = (trial: CardWeights): number | undefined => {
    const r = run(trial);
    const g = r.gold.all;
    // The gold must not get worse: key recall (whole and held-out), junk, and values, types, labels beyond one figure.
    if (!seedHolds(trial) || !newsFirst(trial)) return undefined;
    if (g.keyRecalled < floorAll || r.gold.held.keyRecalled < floorHeld || g.junk > 0 || g.valueRight < g.matched) return undefined;
    if (g.matched - g.typeRight > g0.matched - g0.typeRight + 1 || g.matched - g.labelRight > g0.matched - g0.labelRight + 1) return undefined;
    return gain(r);
  };
  const best = coordinateAscent(parseTrial("", CARD_WEIGHTS), gain(base), {
    coordinates: keys.map((k) => [k, GRIDS[k] ?? []]),
    move: (w, key, v) => parseTrial(`${key}=${v}`, w),
    score: objective,
    better: (a, b) => a > b,
    passes: 4,
  }).weights;
  show("fitted", run(best));
  console.log(JSON.stringify(best));
}

/** A number inside a modifier: "28-nation", "two-year". */
const COMPOUND = /[\p{L}\d]-\p{L}/u;
const bin = (x: number, edges: readonly number[]): string => {
  const i = edges.findIndex((e) => x < e);
  return i < 0 ? `>=${edges[edges.length - 1]}` : `<${edges[i]}`;
};
if (values.features) {
  const table = new Map<string, Record<"tune" | "held", [number, number]>>();
  for (const a of hl) {
    const byKind = new Map<string, number>();
    // How many candidates each sentence states: a sentence of many is a list of statistics (the crowd trial, rank51).
    const perSentence = new Map<number, number>();
    for (const c of a.candidates) perSentence.set(c.signals.sentence, (perSentence.get(c.signals.sentence) ?? 0) + 1);
    for (const c of a.candidates) {
      const f = c.figure;
      const sg = c.signals;
      // Quoted as the same fact (the card figure's sentence shares a word with the highlight around the number).
      const scorable = toScorable([f], a.sentences)[0]!;
      const quoted = a.places.some((o) => holdsFact(scorable, o, a.highlights[o.highlight] ?? ""));
      const order = byKind.get(sg.kind) ?? 0;
      byKind.set(sg.kind, order + 1);
      const feats = [
        "all",
        `kind=${sg.kind}`,
        `type=${f.type ?? "-"}`,
        `words=${!/\d/.test(f.display)}`,
        `small<=4=${f.value <= 4 && sg.kind !== "money" && sg.kind !== "percent"}`,
        `sentIdx=${bin(sg.sentence, [1, 2, 3, 5, 8, 12])}`,
        `salience=${bin(sg.salience, [0.2, 0.4, 0.6, 0.8, 0.95])}`,
        `fallback=${sg.fallback}`,
        `period=${sg.period}`,
        `term=${sg.term}`,
        `moved=${sg.moved}`,
        `about=${sg.about}`,
        `repeats=${Math.min(2, sg.repeats)}`,
        `factor<1=${sg.factor < 1}`,
        `kindOrder=${Math.min(3, order)}`,
        // Whether "first of its kind" says more than where its sentence stands (on cnndm-dev it does not).
        `kindFirst/sentIdx=${order === 0}/${bin(sg.sentence, [5, 12])}`,
        `compound=${COMPOUND.test(f.display)}/${sg.kind}`,
        `repeats=${Math.min(2, sg.repeats)}/value>=10=${f.value >= 10}`,
        `early5=${sg.sentence < 5}/salience>=0.8=${sg.salience >= 0.8}`,
        `figuresInSentence=${Math.min(3, perSentence.get(sg.sentence) ?? 0)}/early5=${sg.sentence < 5}`,
      ];
      for (const x of feats) {
        const row = table.get(x) ?? { tune: [0, 0], held: [0, 0] };
        const h = row[a.tune ? "tune" : "held"];
        h[0]++;
        if (quoted) h[1]++;
        table.set(x, row);
      }
    }
  }
  const rate = ([n, k]: [number, number]) => (n === 0 ? "   -" : `${Math.round((100 * k) / n)}%`.padStart(4));
  console.log("feature".padEnd(28), "tune hl/n".padStart(12), "rate", "held hl/n".padStart(12), "rate");
  for (const name of [...table.keys()].sort()) {
    const r = table.get(name)!;
    console.log(name.padEnd(28), `${r.tune[1]}/${r.tune[0]}`.padStart(12), rate(r.tune), `${r.held[1]}/${r.held[0]}`.padStart(12), rate(r.held));
  }
}
