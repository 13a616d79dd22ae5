import { articleId, contentHash, type Article } from "#news/article.ts";
import type { Subscription } from "#digest/subscriptions.ts";

/** The digest tests' shared fixtures: one morning slot in Paris, the stories of the day before it, a subscription. */

// 07:00 in Paris on 2 July 2024 (CEST, +02:00).
export const SLOT_AT = new Date("2024-07-02T05:00:00Z");
export const SLOT = "2024-07-02T07:00";

export function story(headline: string, publishedAt: string, paragraphs: string[]): Article {
  return { id: articleId(headline, publishedAt), headline, publishedAt, paragraphs, contentHash: contentHash(headline, paragraphs) };
}

export const STORIES = [
  story("Attacks in Paris kill at least 129", "2024-07-01T21:00:00Z", [
    "At least 129 people were killed in a series of attacks across Paris on Friday night, officials said.",
    "More than 350 people were injured, 99 of them critically, according to the city's prosecutor.",
    "The president declared a state of emergency and closed the borders.",
  ]),
  story("City council approves $2bn budget", "2024-07-01T12:00:00Z", [
    "The city council approved a $2bn budget on Monday after a long debate.",
    "The plan raises spending on schools by 4% and cuts the transport budget.",
  ]),
  story("Local library extends opening hours", "2024-07-01T09:00:00Z", [
    "The central library will stay open until nine in the evening from next month.",
    "Readers had asked for longer hours in a survey last year.",
  ]),
  // Outside the 24 hours before the slot: never in this digest.
  story("Old news from last week", "2024-06-25T09:00:00Z", ["This story is a week old and must not appear in the digest."]),
];

export function subscription(channelId: string, extra: Partial<Subscription> = {}): Subscription {
  return {
    channelId,
    time: "07:00",
    timeZone: "Europe/Paris",
    quietWhenEmpty: false,
    createdBy: "U0EDITOR",
    createdAt: "2024-06-01T00:00:00Z",
    ...extra,
  };
}
