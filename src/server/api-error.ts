// Errors the HTTP layer raises itself (busy, time limit, bad body, unknown route). Input problems
// found by analyze() stay NewslensErrors; both become the same JSON error body (see errors.ts).

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly hint: string | null;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, hint: string | null = null, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.hint = hint;
    this.headers = headers;
  }
}

/** The error body every failing request gets: `{"error": {code, status, message, hint}}`. */
export interface ErrorBody { error: { code: string; status: number; message: string; hint: string | null } }

export const errorBody = (status: number, code: string, message: string, hint: string | null): ErrorBody =>
  ({ error: { code, status, message, hint } });
