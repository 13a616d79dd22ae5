// The one error a text that is no article raises, with a code a program can branch on.

export type ArticleErrorCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "BINARY"
  | "HTML"
  | "NO_HEADLINE"
  | "NO_BODY"
  | "BAD_DATE"
  | "BAD_JSON";

/** Why a text could not become an Article; `code` is for programs, `message` for people. */
export class ArticleError extends Error {
  override readonly name = "ArticleError";
  constructor(
    readonly code: ArticleErrorCode,
    message: string,
  ) {
    super(message);
  }
}
