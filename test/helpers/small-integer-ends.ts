import { sentenceFigures } from "#brief/figures/card/sentence.ts";

/**
 * Run by test/float-index.test.ts in a child `node --allow-natives-syntax --import tsx/esm`: reads each sentence of
 * argv[2] (a JSON array) and prints, as JSON, every figure's value and whether its token and character indices are
 * held as small integers (V8's Smi). A boxed float there, equal in value, is what share.ts' FLOAT_INDEX note is about:
 * no output shows it, only the engine.
 */
// Built at run time: the `%` syntax parses only with the flag, and this file is compiled without it.
const isSmallInteger = new Function("v", "return %IsSmi(v)") as (v: number) => boolean;
const sentences = JSON.parse(process.argv[2] ?? "[]") as string[];
const out = sentences.map((text, index) =>
  sentenceFigures({ index, paragraph: 0, text }).map((r) => ({
    value: r.value,
    smallIntegers: [r.s, r.core, r.e, r.from, r.to].every((v) => isSmallInteger(v)),
  })),
);
process.stdout.write(JSON.stringify(out));
