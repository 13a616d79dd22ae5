import { main } from "#cli/main.ts";

/**
 * `nutgraf <args>` run in this process (cli/main.ts's main, no child process, so a table or fixture set up by the
 * test is the one it sees): its exit code and what it wrote to stderr; stdout is swallowed.
 */
export async function nutgrafInProcess(...args: string[]): Promise<{ code: number; stderr: string }> {
  const stderr: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const out = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return { code: await main(args), stderr: stderr.join("") };
  } finally {
    process.stderr.write = write;
    process.stdout.write = out;
  }
}
