/**
 * wink-nlp's own reading of a sentence, what lib/brief/figures/language/wink-read.ts must give exactly: an instance with only the
 * "pos" pipe that forgets, after each reading, the words it learned (so a sentence reads as in a fresh instance, in any
 * order: wink-lexicon.ts). Shared by scripts/wink-read-identity.ts (every eval sentence) and test/wink-read.test.ts (the
 * test fixtures' sentences), so a wink-nlp or model version that reads otherwise fails the suite.
 */
import { createRequire } from "node:module";
import winkNLP from "wink-nlp";

export interface Reading {
  values: string[];
  tags: string[];
}

type Model = Parameters<typeof winkNLP>[0] & { core(): Core; metaCER(): unknown };
type Core = { features: { lexeme: { hash: Record<string, number>; list: string[] } } };
const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as Model;
const meta = model.metaCER();

/** A wink-nlp instance with only the pos pipe, and its lexeme table. */
export function winkInstance(): { read: (text: string) => Reading; core: Core } {
  let core: Core | undefined;
  const nlp = winkNLP({ ...model, metaCER: () => meta, core: () => (core = model.core()) } as Model, ["pos"]);
  return {
    read: (text) => {
      const tokens = nlp.readDoc(text).tokens();
      return { values: tokens.out(nlp.its.value), tags: tokens.out(nlp.its.pos) };
    },
    core: core!,
  };
}

/** A reader giving wink's reading of a sentence, then every word it learned forgotten (gone from the hash, as if never read). */
export function forgettingReader(): (text: string) => Reading {
  const forgetting = winkInstance();
  return (text) => {
    const { hash, list } = forgetting.core.features.lexeme;
    const before = list.length;
    const read = forgetting.read(text);
    for (const word of list.slice(before)) delete hash[word];
    return read;
  };
}

export const sameReading = (a: Reading, b: Reading): boolean =>
  a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i] && a.tags[i] === b.tags[i]);
