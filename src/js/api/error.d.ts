/** Bad input to estimate(): `code` is stable, `path` names the field. */
export class FootprintError extends Error {
  /** Stable machine-readable code, e.g. "out_of_range", "unknown_field". */
  readonly code: FootprintErrorCode;
  /** The offending field, e.g. "shipments[1].items[0].weightKg" or "options.currency". */
  readonly path: string;
}
export type FootprintErrorCode =
  | "invalid_input"
  | "wrong_type"
  | "unknown_field"
  | "missing_field"
  | "unknown_code"
  | "out_of_range"
  | "incomplete_coordinates"
  | "empty"
  | "too_many"
  | "invalid_currency";
