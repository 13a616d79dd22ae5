// A link to one sentence of a story: a URL Fragment Text Directive (`#:~:text=[prefix-,]start[,end]`,
// https://wicg.github.io/scroll-to-text-fragment/). The browser finds the first place in the page where `start`
// matches (case-insensitively, on word boundaries), then the first `end` after it, scrolls there and highlights
// the range. So the directive is chosen by running that same search over the page's text: the shortest start and
// end that land exactly on the sentence, with a prefix only when the sentence's opening words appear earlier.

/** Words of the sentence tried first at each end; long sentences need only their first and last few words. */
const MIN_WORDS = 3;
const PREFIX_WORDS = 3;

/**
 * Percent-encodes a directive term. The spec's grammar reserves `-`, `&` and `,` (they delimit prefix, terms and
 * directives) and allows only URL code points; everything but the unreserved ASCII letters, digits, `.`, `_` and `~`
 * is encoded as UTF-8 bytes, which is what `encodeURIComponent` does minus its `-!*'()` exceptions.
 */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/[-!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every index where `term` occurs in `page`, case-insensitively, starting and ending on word boundaries. */
function occurrences(pageLower: string, term: string, from = 0): number[] {
  const needle = term.toLowerCase();
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = pageLower.indexOf(needle, from); at >= 0; at = pageLower.indexOf(needle, at + 1)) {
    // A term beginning or ending in punctuation is bounded by that punctuation itself.
    const startsOk = !isWordChar(needle[0]) || !isWordChar(pageLower[at - 1]);
    const endsOk = !isWordChar(needle.at(-1)) || !isWordChar(pageLower[at + needle.length]);
    if (startsOk && endsOk) found.push(at);
  }
  return found;
}

/** Where a directive lands in the page, as the browser's search would: [from, to) or undefined when it matches nothing. */
export function resolveDirective(page: string, directive: TextDirective): [number, number] | undefined {
  const lower = page.toLowerCase();
  for (const at of occurrences(lower, directive.start)) {
    if (directive.prefix !== undefined) {
      // The prefix must end right before the start, whitespace between them allowed.
      const before = lower.slice(0, at).trimEnd();
      const prefix = directive.prefix.toLowerCase();
      if (!before.endsWith(prefix) || isWordChar(before[before.length - prefix.length - 1])) continue;
    }
    const startEnd = at + directive.start.length;
    if (directive.end === undefined) return [at, startEnd];
    const end = occurrences(lower, directive.end, startEnd)[0];
    return end === undefined ? undefined : [at, end + directive.end.length];
  }
  return undefined;
}

/** Words with their spans, split on whitespace (the browser compares text, not tokens). */
function wordSpans(text: string, offset: number): [number, number][] {
  return [...text.matchAll(/\S+/g)].map((m) => [offset + m.index, offset + m.index + m[0].length]);
}

/**
 * The shortest directive that lands exactly on `page.slice(from, to)`, or undefined when no directive can single it
 * out (the same sentence, with the same words before it, twice in the page).
 */
export function chooseDirective(page: string, from: number, to: number): TextDirective | undefined {
  const spans = wordSpans(page.slice(from, to), from);
  if (spans.length === 0) return undefined;
  const lands = (d: TextDirective) => {
    const r = resolveDirective(page, d);
    return r !== undefined && r[0] === from && r[1] === to;
  };
  // A prefix stays inside the sentence's own block (paragraph): how browsers join text across elements is theirs.
  const blockStart = page.lastIndexOf("\n", from - 1) + 1;
  const before = wordSpans(page.slice(blockStart, from), blockStart).slice(-PREFIX_WORDS);
  const prefixes: (string | undefined)[] = [undefined];
  for (let n = 1; n <= before.length; n++) prefixes.push(page.slice(before[before.length - n]![0], before.at(-1)![1]));
  for (const prefix of prefixes) {
    const withPrefix = (d: TextDirective): TextDirective => (prefix === undefined ? d : { prefix, ...d });
    for (let k = MIN_WORDS; 2 * k < spans.length; k++) {
      const d = withPrefix({ start: page.slice(from, spans[k - 1]![1]), end: page.slice(spans[spans.length - k]![0], to) });
      if (lands(d)) return d;
    }
    const whole = withPrefix({ start: page.slice(from, to) });
    if (lands(whole)) return whole;
  }
  return undefined;
}

export function formatDirective(d: TextDirective): string {
  const terms = [d.prefix === undefined ? undefined : `${encodeTextTerm(d.prefix)}-`, encodeTextTerm(d.start), d.end === undefined ? undefined : encodeTextTerm(d.end)];
  return `text=${terms.filter((t) => t !== undefined).join(",")}`;
}

/** `url` with the directive as its fragment directive, keeping an element fragment (`#top`) and replacing an old directive. */
export function withTextDirective(url: string, directive: TextDirective): string {
  const hash = url.indexOf("#");
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? "" : url.slice(hash + 1);
  const elementId = fragment.split(":~:")[0] ?? "";
  return `${base}#${elementId}:~:${formatDirective(directive)}`;
}
