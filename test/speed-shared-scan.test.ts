import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleWords } from "#brief/word-importance.ts";
import { ArticleTokens } from "#brief/word-scan.ts";
import { articleTerms, contentTerms } from "#news/terms.ts";

// The word model's tokens read in the terms' scan of the same texts (lib/news/terms.ts TokenSink), against the word
// model reading them on its own: the same measures of every word, and the terms untouched by the sharing.

/** articleWords from the tokens articleTerms' scan read, with that scan's terms. */
function shared(texts: readonly string[], headline?: string) {
  const tokens = new ArticleTokens();
  const terms = articleTerms(texts, headline, tokens);
  return { terms, words: articleWords(texts, headline, tokens) };
}

describe("the word model's tokens read in the terms' scan", () => {
  // Words whose tokens are not the terms' words whole: a tail ("don't", and one run on into a digit: "don't5"), a
  // letter outside ASCII ("café"), a kelvin sign lowercased to ASCII "k", a letter whose lowercase is longer ("İ").
  const words = fc.constantFrom("Police", "police's", "POLICE’S", "don't", "don't5", "O’Neil2", "the", "A", "I", "5", "2015", "10m", "Budget", "budgets", "café", "\u212Aelvin", "İstanbul", "x", "é", ".", "’");
  const glue = fc.constantFrom(" ", " ", "", "-", "'");
  const text = fc.array(fc.tuple(words, glue), { maxLength: 14 }).map((xs) => xs.map(([w, g]) => w + g).join(""));

  it("measure every word as the word model's own scan does, and leave the terms as they were, on generated articles", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.option(text, { nil: undefined }), (texts, headline) => {
        const own = { terms: articleTerms(texts, headline), words: articleWords(texts, headline) };
        expect(shared(texts, headline)).toEqual(own);
      }),
      { numRuns: 1000 },
    );
  });

  it("are the word model's own after words met without a sink and after the stems start afresh past their bound", () => {
    const story = ["Senators passed the Budget on Friday, adding 3 billion dollars.", "The budget's critics said it won't last."];
    const check = () => expect(shared(story, "Budget passes")).toEqual({ terms: articleTerms(story, "Budget passes"), words: articleWords(story, "Budget passes") });
    // Met first by contentTerms (no sink): kept with no token until the shared scan asks for one.
    contentTerms("Filibusters delayed appropriations");
    const fresh = shared(["Filibusters delayed appropriations."]);
    expect(fresh.words).toEqual(articleWords(["Filibusters delayed appropriations."]));
    check();
    // Sixty thousand distinct stems: past the 50,000 the next article numbers the stems afresh, and every token kept
    // beside a term is forgotten with them.
    articleWords([Array.from({ length: 60_000 }, (_, k) => `w${k.toString(36)}q`).join(" ")]);
    check();
  });
});
