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
