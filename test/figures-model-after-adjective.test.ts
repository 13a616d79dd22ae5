// Bare digits ending a noun phrase after a describing word name a model, no count (card-audit-46's made-up shape 5:
// 'the hugely popular 4410' → '4410 — popular' [count], junk on a card; model-after-adjective.ts).
import { describe, expect, it } from "vitest";
import { listed } from "#test/helpers/figures.ts";

const rows = (text: string) => listed(text).map((n) => [n.display, n.type, n.candidate]);

describe("'the hugely popular 4410.' is a model's number", () => {
  it("'Canon showed off its EOS 90X, a successor to the hugely popular 4410.' → 4410 an identifier, no candidate", () => {
    expect(rows("Canon showed off its EOS 90X, a successor to the hugely popular 4410.").at(-1)).toEqual(["4410", "identifier", false]);
  });

  it("'The firm's new handset replaces the best-selling 7200, which sold well in Asia.' → 7200 an identifier", () => {
    expect(rows("The firm's new handset replaces the best-selling 7200, which sold well in Asia.")).toEqual([["7200", "identifier", false]]);
  });

  it("keeps counts: 'the lucky 7,000' (a thousands comma) and 'the top 100' (three digits)", () => {
    expect(rows("The tickets went to the lucky 7,000.")).toEqual([["7,000", "count", true]]);
    expect(listed("They sent home the remaining 400.").map((n) => n.type)).toEqual(["count"]);
  });
});
