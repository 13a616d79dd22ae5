import { main } from "#cli/main.ts";
import type { CliRun } from "#test/helpers/nutgraf-cli.ts";

/**
 * `nutgraf <args>` run in this process (cli/main.ts's main, no child process): its exit code and what it wrote, with
 * `env` laid over process.env for the call only, as runNutgraf gives a child. A spawn through tsx costs ~2.5 s of CPU;
 * this is for tests of what a command answers, while each command keeps a test of its own that spawns it
 * (nutgraf-cli.ts). Calls must not overlap: the output streams and environment are this process's own.
 */
export async function runNutgrafHere(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const saved = Object.keys(env).map((key) => [key, process.env[key]] as const);
  const text = (chunk: string | Uint8Array) => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
  process.stdout.write = ((chunk: string | Uint8Array) => (stdout.push(text(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(text(chunk)), true)) as typeof process.stderr.write;
  Object.assign(process.env, env);
  try {
    return { code: await main([...args]), stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** `nutgraf <args>` in this process, for tests that read only its exit code and stderr. */
export async function nutgrafInProcess(...args: string[]): Promise<{ code: number; stderr: string }> {
  const { code, stderr } = await runNutgrafHere(args);
  return { code, stderr };
}
