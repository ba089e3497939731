// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

/**
 * The outcome of an operation that reports failure as a value instead of throwing:
 * check `ok`, then read `value` or `error`.
 */
export type Result<T, E = Error> =
  | { readonly ok: true; readonly value: T; readonly error?: undefined }
  | { readonly ok: false; readonly error: E; readonly value?: undefined };

/** What the `…FromJSON` functions return: the decoded value, or the error that stopped decoding. */
export type SafeParseResult<T, E> = Result<T, E>;

export function OK<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function ERR<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
