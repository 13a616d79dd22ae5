// An article's terms numbered once, which the TF-IDF and word-overlap layouts both start from.

/**
 * An article's terms numbered once, in order of first appearance (the numbering tfidf.ts and overlap.ts give their
 * stems), so that TF-IDF and word overlap both lay out from one string look-up a term and count in arrays by id.
 */
export interface NumberedTerms {
  /** Distinct terms, by id. */
  names: string[];
  /** Every term's id, sentence after sentence: sentence i's are at offsets[i] … offsets[i + 1]. */
  ids: Int32Array;
  offsets: Int32Array;
}

export function numberTerms(termLists: readonly string[][]): NumberedTerms {
  const n = termLists.length;
  const idOf = new Map<string, number>();
  const names: string[] = [];
  let size = 0;
  for (const terms of termLists) size += terms.length;
  const ids = new Int32Array(size);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (const t of termLists[i]!) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = names.length;
        idOf.set(t, id);
        names.push(t);
      }
      ids[k++] = id;
    }
  }
  offsets[n] = k;
  return { names, ids, offsets };
}
