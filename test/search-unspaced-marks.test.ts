import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoArticleStore } from "#store/dynamo-store.ts";
import type { TestTable } from "#test/helpers/dynamo.ts";
import { storiesTable } from "#test/helpers/search-stories.ts";

// Search folds accents ("Économie" is "economie") by dropping every combining mark after decomposition. In the
// unspaced scripts a mark is no accent but the spelling: kana's voicing mark makes ガス ("gas") of カス, and Thai
// writes vowels and tones as marks. Dropped, "ガス" found a customer-desk headline (カスタマー) and Thai words lost
// their vowels and tones, so different words matched. Made-up headlines, stored and searched on a real local DynamoDB.

let table: TestTable;
let articles: DynamoArticleStore;

beforeAll(async () => {
  ({ table, articles } = await storiesTable([
    ["jp-gas", "都内でガス漏れ", "2024-03-12T08:00:00Z"],
    ["jp-desk", "カスタマー窓口を刷新", "2024-03-13T08:00:00Z"],
    ["th-chicken", "ราคาไก่สูงขึ้น", "2024-03-14T08:00:00Z"],
    ["th-far", "เดินทางไกล", "2024-03-15T08:00:00Z"],
    ["fr-economy", "Économie: la croissance ralentit", "2024-03-16T08:00:00Z"],
  ]));
});

afterAll(async () => {
  await table.stop();
});

describe("search keeps the marks that spell an unspaced script's words, and still folds accents", () => {
  it("'ガス' (gas) finds the gas leak, not the customer desk (カスタマー), and half-width ｶﾞｽ is the same word", async () => {
    expect((await articles.search("ガス")).map((a) => a.id)).toEqual(["jp-gas"]);
    expect((await articles.search("ｶﾞｽ")).map((a) => a.id)).toEqual(["jp-gas"]);
    expect((await articles.search("カス")).map((a) => a.id)).toEqual(["jp-desk"]);
  });

  it("a Thai word with its tone mark finds its headline only, not one holding the same letters unmarked", async () => {
    expect((await articles.search("ไก่")).map((a) => a.id)).toEqual(["th-chicken"]);
    expect((await articles.search("ไกล")).map((a) => a.id)).toEqual(["th-far"]);
  });

  it("a Latin accent is still folded: 'economie' finds 'Économie'", async () => {
    expect((await articles.search("economie")).map((a) => a.id)).toEqual(["fr-economy"]);
  });
});
