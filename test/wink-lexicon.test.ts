import { describe, expect, it } from "vitest";
import { hideLearned, type LexemeTable, type WinkCache } from "#brief/figures/language/wink-lexicon.ts";

// hideLearned keeps what a reading taught wink but must answer every later reading as a cache that never learned it
// would. A stand-in cache that learns as wink's does (a word's row and its lowercase form's, each with the category it
// was learned under) is read through hideLearned, and each answer compared, by what the row holds, with a fresh cache
// reading the same words alone. Its real counterpart, with wink, is test/figures-tag-order.test.ts.

interface Row {
  text: string;
  category: number;
  normal: number;
  /** Whether the cache found the word while learning it: wink's features look words up as it learns one. */
  found?: boolean;
}

/** A cache that learns as wink-nlp 2.4 src/cache.js `add` does: the word, then its lowercase form, each once. */
function standIn(own: readonly string[]): { cache: WinkCache; lexemes: LexemeTable; rows: Row[] } {
  const lexemes: LexemeTable = { hash: Object.create(null) as Record<string, number>, list: [] };
  const rows: Row[] = [];
  const index = (text: string): [boolean, number] => {
    const found = lexemes.hash[text];
    if (found !== undefined) return [false, found];
    lexemes.hash[text] = lexemes.list.length;
    return [true, lexemes.list.push(text) - 1];
  };
  for (const text of own) rows[index(text)[1]] = { text, category: -1, normal: lexemes.hash[text]! };
  const cache: WinkCache = {
    add(text, category) {
      const normal = text.toLowerCase();
      const [newText, t] = index(text);
      const [newNormal, n] = normal === text ? [newText, t] : index(normal);
      // As wink's features do, through the cache object (so through hideLearned's look-up), once both are entered.
      const found = this.lookup(text) !== null && this.lookup(normal) !== null;
      if (newText) rows[t] = { text, category, normal: n, found };
      if (n !== t && newNormal) rows[n] = { text: normal, category, normal: n, found };
      return t;
    },
    lookup: (text) => (lexemes.hash[text] === undefined ? null : [lexemes.hash[text]]),
    intrinsicSize: () => own.length,
  };
  return { cache, lexemes, rows };
}

/**
 * What a row holds, its lowercase form's row included: what wink's readers see of it (never the index itself, but
 * whether its lowercase form is the row the reading finds for that form: two tokens of one form share a row).
 */
const holds = (stand: ReturnType<typeof standIn>, row: number): string => {
  const r = stand.rows[row]!;
  const n = stand.rows[r.normal]!;
  const learning = r.found === false || n.found === false ? " (not found while learned)" : "";
  return `${r.text}/${r.category}→${n.text}/${n.category}${stand.lexemes.hash[n.text] === r.normal ? "" : " (not the form's row)"}${learning}`;
};

type Call = ["add", string, number] | ["lookup", string];

/** Each call's answer, by what it holds. */
function answers(stand: ReturnType<typeof standIn>, calls: readonly Call[]): string[] {
  return calls.map((call) => {
    if (call[0] === "add") return holds(stand, stand.cache.add(call[1], call[2]));
    const found = stand.cache.lookup(call[1]);
    return found === null ? "none" : holds(stand, found[0]!);
  });
}

const OWN = ["the", "kyiv"];
const WORDS = ["Kyiv", "kyiv", "KYIV", "Lviv", "lviv", "LVIV", "the", "The"];

describe("hideLearned", () => {
  it("answers every reading as a cache that learned nothing before it, across categories and lowercase forms", () => {
    // Readings drawn from a seeded generator: the same few words, learned under three categories, in every case.
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const kept = standIn(OWN);
    const begin = hideLearned(kept.cache, kept.lexemes);
    let learnedAfresh = 0;
    for (let reading = 0; reading < 300; reading++) {
      const calls: Call[] = Array.from({ length: 1 + next(6) }, () => {
        const word = WORDS[next(WORDS.length)]!;
        // Mostly one category, as wink learns a word (its category is read from the word); now and then another.
        return next(3) === 0 ? ["lookup", word] : ["add", word, next(5) === 0 ? 1 + next(2) : 0];
      });
      begin();
      const fresh = standIn(OWN);
      expect(answers(kept, calls), JSON.stringify(calls)).toEqual(answers(fresh, calls));
      learnedAfresh += fresh.lexemes.list.length - OWN.length;
    }
    // Rows were shown again, not only learned afresh: far fewer rows than fresh caches learned over the readings.
    expect(kept.lexemes.list.length - OWN.length).toBeLessThan(learnedAfresh / 2);
  });

  it("hides a word learned by an earlier reading until the reading learns it again", () => {
    const kept = standIn(OWN);
    const begin = hideLearned(kept.cache, kept.lexemes);
    begin();
    expect(answers(kept, [["add", "Lviv", 0], ["lookup", "Lviv"], ["lookup", "lviv"]])).toEqual(["Lviv/0→lviv/0", "Lviv/0→lviv/0", "lviv/0→lviv/0"]);
    begin();
    expect(answers(kept, [["lookup", "Lviv"], ["lookup", "lviv"], ["add", "Lviv", 1], ["add", "lviv", 0]])).toEqual(["none", "none", "Lviv/1→lviv/1", "lviv/1→lviv/1"]);
  });

  it("finds a word it was asked for before it learned it, and while it learns it", () => {
    // The look-ups go through an index of the hash's rows (lexeme-rows.ts): "Lviv" asked for and not found must not be
    // answered from that index once it is learned, nor while it is (wink's features look it up then).
    const kept = standIn(OWN);
    const begin = hideLearned(kept.cache, kept.lexemes);
    const readings: Call[][] = [
      [["lookup", "Lviv"], ["lookup", "lviv"], ["add", "Lviv", 0], ["lookup", "Lviv"], ["lookup", "lviv"]],
      [["lookup", "Lviv"], ["add", "Lviv", 1], ["lookup", "Lviv"], ["add", "LVIV", 1], ["lookup", "LVIV"]],
    ];
    for (const calls of readings) {
      begin();
      expect(answers(kept, calls)).toEqual(answers(standIn(OWN), calls));
    }
    begin();
    expect(answers(kept, [["lookup", "Lviv"], ["add", "Lviv", 0], ["lookup", "Lviv"]])).toEqual(["none", "Lviv/0→lviv/0", "Lviv/0→lviv/0"]);
  });

  it("answers as the hash does once its index of rows has filled and started afresh", () => {
    // An index of 2^3 slots holds 4 words before it lets them all go: every answer still the hash's.
    const kept = standIn(OWN);
    const begin = hideLearned(kept.cache, kept.lexemes, 3);
    const words = ["Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro", "the", "Zaporizhzhia", "Lutsk", "Rivne"];
    for (let reading = 0; reading < 4; reading++) {
      const calls: Call[] = words.flatMap((w, k): Call[] => [["lookup", w], ["add", w, (reading + k) % 2], ["lookup", w.toLowerCase()]]);
      begin();
      expect(answers(kept, calls)).toEqual(answers(standIn(OWN), calls));
    }
  });

  it("shows a word's row again only if its lowercase form's row is the one this reading has", () => {
    // "Lviv" points to the first "lviv"; "lviv" is learned under another category, then again under the first, as a
    // new row: the old "Lviv" would point to a row of "lviv" that is no longer the form's.
    const kept = standIn(OWN);
    const begin = hideLearned(kept.cache, kept.lexemes);
    const readings: Call[][] = [[["add", "Lviv", 0]], [["add", "lviv", 1]], [["add", "lviv", 0]], [["add", "Lviv", 0], ["add", "lviv", 0]]];
    for (const calls of readings) {
      begin();
      expect(answers(kept, calls)).toEqual(answers(standIn(OWN), calls));
    }
  });

  it("learns a word afresh when its lowercase form's row cannot be shown again, though the word's own row could", () => {
    // "lviv" is learned under category 1, then "Lviv" under 0 pointing to it; read again under 0, "Lviv"'s row matches but
    // its "lviv" does not: showing "Lviv" alone would point it to a "lviv" of the wrong category.
    const kept = standIn(OWN);
    const begin = hideLearned(kept.cache, kept.lexemes);
    const readings: Call[][] = [[["add", "lviv", 1], ["add", "Lviv", 0]], [["add", "Lviv", 0]]];
    for (const calls of readings) {
      begin();
      expect(answers(kept, calls)).toEqual(answers(standIn(OWN), calls));
    }
  });
});
