import { describe, expect, it } from "vitest";
import { aroundPrompt } from "#news/glued-prompt.ts";
import { readSentences } from "#news/sentences.ts";

/** The story sentences and the left-out pieces (reason and text) of a one-paragraph body. */
function read(paragraph: string): { story: string[]; out: [string, string][] } {
  const { sentences, leftOut } = readSentences({ paragraphs: [paragraph] });
  return { story: sentences.map((s) => s.text), out: leftOut.map((l) => [l.reason, l.text]) };
}

const LEAD = "The village fete drew a record crowd on Saturday.";
const NEXT = "The show opens again next summer.";

describe("a scroll prompt glued to a story sentence: only the prompt goes", () => {
  // Each shape: a quotation ending in a closing quote the splitter does not read as a sentence end, then the prompt.
  it.each([
    ["a single quote after the stop, a spaced stop", "'It was the best summer we have ever had in this village.'", "Scroll down for video ."],
    ["'videos' and a plain stop", "'It was the best summer we have ever had in this village.'", "Scroll down for videos."],
    ["curly single quotes", "‘It was the best summer we have ever had in this village.’", "Scroll down for video."],
    ["an ellipsis for the prompt's stop", "'It was the best summer we have ever had in this village.'", "Scroll down for video..."],
    ["a question closing the quote", "She asked the crowd: 'Where else would you rather be on a day like this?'", "Scroll down for video."],
    ["the tail of a quotation opened in an earlier piece", "It was the best summer we ever had.'", "Scroll down for video."],
    ["an abbreviation before the prompt", "The fete was sponsored by the Smith Trading Co.", "Scroll down for video."],
    ["'Scroll up', which the scroll-prompt rule reads too", "'It was the best summer we have ever had in this village.'", "Scroll up for video."],
  ])("%s", (_shape, quote, prompt) => {
    expect(read(`${LEAD} ${quote} ${prompt} ${NEXT}`)).toEqual({ story: [LEAD, quote, NEXT], out: [["scroll-prompt", prompt]] });
  });

  it("a prompt without a stop ending the paragraph", () => {
    const quote = "'It was the best summer we have ever had in this village.'";
    expect(read(`${LEAD} ${quote} Scroll down for video`)).toEqual({ story: [LEAD, quote], out: [["scroll-prompt", "Scroll down for video"]] });
  });

  it("a quotation closed on a word, with no stop", () => {
    const quote = "The organisers called the day 'a triumph for the whole county'";
    expect(read(`${LEAD} ${quote} Scroll down for video.`)).toEqual({ story: [LEAD, quote], out: [["scroll-prompt", "Scroll down for video."]] });
  });

  it("the story after a prompt is split and read again: a sentence stays, a caption goes", () => {
    const open = "He said: 'I want everyone to come back next year.";
    const caption = "Crowds: Visitors queue at the gate of the fete on Saturday morning.";
    expect(read(`${open} Scroll down for video. ${caption} ${NEXT}`)).toEqual({
      story: [open, NEXT],
      out: [["scroll-prompt", "Scroll down for video."], ["caption", caption]],
    });
  });

  it("a quotation glued after the prompt stays, its opening quote with it", () => {
    expect(read("Scroll down for video.' I never saw so many people in one field.")).toEqual({
      story: ["' I never saw so many people in one field."],
      out: [["scroll-prompt", "Scroll down for video."]],
    });
  });
});

describe("near misses: what the prompt rule still takes whole", () => {
  it("a prompt alone goes", () => {
    expect(read(`${LEAD} Scroll down for video. ${NEXT}`)).toEqual({ story: [LEAD, NEXT], out: [["scroll-prompt", "Scroll down for video."]] });
  });

  it("a prompt after a label opens no sentence: the label goes with it", () => {
    expect(read(`${LEAD} VIDEO Scroll down to see the winning marrow. ${NEXT}`)).toEqual({
      story: [LEAD, NEXT],
      out: [["scroll-prompt", "VIDEO Scroll down to see the winning marrow."]],
    });
  });

  it("a lower-case 'scroll down' is no prompt opening a sentence", () => {
    expect(aroundPrompt("Visitors who scroll down the programme will find the dog show.")).toBeUndefined();
  });

  it("a prompt runs to a stop that ends a sentence, not a decimal point", () => {
    expect(aroundPrompt("Scroll down for video Only 0.03 per cent of the visitors complained. They were refunded.")).toEqual({
      before: "",
      prompt: "Scroll down for video Only 0.03 per cent of the visitors complained.",
      after: "They were refunded.",
    });
  });

  it("a caption mark before the next sentence is cut first, as before: the sentence after it stays whole", () => {
    const story = "Mr Cooper saw the badger and two cubs at 5pm from his garden.";
    expect(read(`${LEAD} Scroll down for video Shocked: A badger in a garden (stock image) ${story}`).story).toEqual([LEAD, story]);
  });

  it("furniture for another reason holding a prompt goes whole", () => {
    const note = "Editor's note: this story quotes the 'fete committee.' Scroll down for video.";
    expect(read(`${LEAD} ${note}`).out).toEqual([["editors-note", note]]);
  });
});
