/**
 * Numbers strings in order of first appearance: each distinct string's number and the strings by number. The word
 * caches number their stems and terms with it, so a scanner keeps small integers where it would keep strings.
 */
export class Numbering {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** How many strings are numbered. */
  get size(): number {
    return this.names.length;
  }

  /** The number of `name`, the next one (`size` before the call) when it is new. */
  numberOf(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      number = this.names.length;
      this.names.push(name);
      this.numbers.set(name, number);
    }
    return number;
  }

  clear(): void {
    this.names.length = 0;
    this.numbers.clear();
  }
}

/**
 * `array` when it holds `length` numbers, else a copy doubled until it does (the rest zero): the scratch arrays kept by
 * these numbers grow as strings are numbered, and doubling keeps the copies few.
 */
export function withRoom(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  let size = Math.max(1, array.length);
  while (size < length) size *= 2;
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}
