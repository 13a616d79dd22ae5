// What a caller can tell the parsers that the text does not say.

export interface ParseOptions {
  /**
   * The offset the wire's date line is written in, as `+HH:MM`/`-HH:MM` or `Z`.
   * Wire date lines carry no zone; the default says so explicitly (UTC) instead of guessing the dateline's city.
   */
  wireOffset?: string;
  /** Used when the text has no date line at all (e.g. a pasted story); ISO 8601. */
  fallbackPublishedAt?: string;
  section?: string;
  url?: string;
}
