import { open, type FileHandle } from "node:fs/promises";
import { InputError } from "#cli/usage.ts";

/** Read at a time: a story file is at most a few MB, so a handful of reads. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * A named file's text, or undefined when it is over `maxBytes`: never more than a chunk past `maxBytes` is read. A
 * regular file over the limit is refused from its size before a byte is read; a pipe or device (whose size reads 0) is
 * read a chunk at a time and refused once past the limit, where reading it whole went on as long as its writer did.
 * A file that cannot be read (a directory named like a story, no permission) is an InputError, not a stack trace.
 */
export async function readFileWithin(path: string, maxBytes: number): Promise<string | undefined> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, "r");
    if ((await file.stat()).size > maxBytes) return undefined;
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(CHUNK_BYTES);
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total).toString("utf8");
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return undefined;
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    await file?.close();
  }
}

/**
 * A stream's text (standard input), or undefined once it is past `maxBytes`: read no further, however long its writer
 * goes on. Read to its end first, `nutgraf brief -` fed from a writer that never stops filled memory and never answered.
 */
export async function readStreamWithin(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk);
    total += bytes.length;
    // Leaving the loop ends the stream: nothing more is read from the writer.
    if (total > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}
