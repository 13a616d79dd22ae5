// Task 1: cold load, median of 5 fresh node processes each.  Run: node coldload.mjs
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = [
  ["wink (node_modules)", "entry/wink.mjs"],
  ["wink (esbuild bundle)", "dist/wink.mjs"],
  ["compromise (node_modules)", "entry/compromise.mjs"],
  ["compromise (esbuild bundle)", "dist/compromise.mjs"],
];
const base = [];
for (let i = 0; i < 5; i++) { const t = performance.now(); execFileSync("node", ["-e", ""]); base.push(performance.now() - t); }
console.log(`| empty node process | wall ${median(base).toFixed(0)} ms |`);
console.log("| module | import (in-process wall) | import CPU (user+sys) | first tag | whole process wall | wall − empty node |\n|---|---|---|---|---|---|");
for (const [name, file] of cases) {
  const imp = [], first = [], wall = [], cpu = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = JSON.parse(execFileSync("node", ["load-probe.mjs", file], { encoding: "utf8" }));
    wall.push(performance.now() - t);
    imp.push(r.import); cpu.push(r.importCpu); first.push(r.firstTag);
  }
  console.log(`| ${name} | ${median(imp).toFixed(0)} ms | ${median(cpu).toFixed(0)} ms | ${median(first).toFixed(1)} ms | ${median(wall).toFixed(0)} ms | ${(median(wall) - median(base)).toFixed(0)} ms |`);
}
