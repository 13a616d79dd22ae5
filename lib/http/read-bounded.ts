/** The answer's body was longer than the caller reads: reading stopped at the limit and the connection was let go. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`body is over ${maxBytes} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * A response's body, read chunk by chunk and given up as soon as it passes `maxBytes` (or `aborted` rejects), so a
 * huge or endless body costs at most the limit in memory and never outlasts the caller's wait. `arrayBuffer()`
 * would hold all of it first, however large, and only then let anyone measure it.
 */
export async function readBounded(body: ReadableStream<Uint8Array>, maxBytes: number, aborted: Promise<never>): Promise<ArrayBuffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), aborted]);
      if (next.done) break;
      total += next.value.byteLength;
      if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
      chunks.push(next.value);
    }
  } catch (error) {
    // Cancelling the stream closes the connection: the rest of the body is neither read nor waited for.
    reader.cancel(error).catch(() => undefined);
    throw error;
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole.buffer;
}
