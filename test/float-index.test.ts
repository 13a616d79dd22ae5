import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HELPER = fileURLToPath(new URL("helpers/small-integer-ends.ts", import.meta.url));

interface Read {
  value: number;
  smallIntegers: boolean;
}

/** The figures of each sentence, read in one fresh process that can see how V8 holds a number (test/helpers/small-integer-ends.ts). */
async function readFresh(sentences: string[]): Promise<Read[][]> {
  const { stdout } = await run(process.execPath, ["--allow-natives-syntax", "--import", "tsx/esm", HELPER, JSON.stringify(sentences)], { cwd: ROOT });
  return JSON.parse(stdout) as Read[][];
}

// share.ts' FLOAT_INDEX: a fraction's readers keep the token index after it a small integer. Set together with the
// fraction as `[value, end] = [n / d, i + 2]`, the index came back from an array of floats as a boxed float: the same
// number, so no output shows it, but it flowed into the figure's end and every reader after it, and the bench's
// compiled readers were undone ("not a Smi") and compiled again. All sentences in one process, in order (eight
// processes at once took 20 s on a loaded box): once one boxed index has been stored, the engine holds every later
// figure's end the same way, so the first red case names the reader that did it.
describe("a fraction's readers keep token indices small integers", () => {
  const cases: [string, number][] = [
    ["Nearly two-thirds of voters backed the plan.", 0.667], // readShare, a hyphenated fraction
    ["A third of the 300 workers lost their jobs.", 0.333], // readShare, "a third of"
    ["Half of the 40 staff left.", 0.5], // readShare, "half of"
    ["One in 5 to 10 people will catch it.", 0.1], // readShare, a ratio over a range of wholes
    ["Sales fell by a third last year.", 0.333], // readChangeFraction
    ["She walked half a mile to the station.", 0.5], // unitPart, "half a"
    ["The fence is two-thirds of a mile long.", 0.667], // unitPart, a hyphenated fraction
    ["He ran a third of a mile.", 0.333], // unitPart, "a third of a"
  ];
  let reads: Read[][] = [];
  beforeAll(async () => {
    reads = await readFresh(cases.map(([sentence]) => sentence));
  }, 60_000);
  it.each(cases.map((c, i) => [...c, i] as const))("%s", (_sentence, value, i) => {
    const read = reads[i] ?? [];
    expect(read.map((r) => r.value)).toContain(value);
    expect(read.every((r) => r.smallIntegers)).toBe(true);
  });
});
