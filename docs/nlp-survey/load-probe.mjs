// Run in a fresh process: time to import a tagger module and to tag the first sentence.  Usage: node load-probe.mjs <module>
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import path from "node:path";
const c0 = process.cpuUsage();
const t0 = performance.now();
const mod = await import(pathToFileURL(path.resolve(process.argv[2])).href);
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
mod.tag("Police said 129 people were killed and 350 wounded.");
const t2 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, firstTag: t2 - t1, importCpu: (c1.user + c1.system) / 1000 }));
