/** Typed failures of the Zalo Bot API client. */

/**
 * Why a call failed: `api` (the API said `ok: false`), `http` (a 4xx/5xx without a usable body),
 * `rate_limited` (429), `timeout`, or `network` (no answer at all).
 */
export type ZaloErrorKind = 'api' | 'http' | 'rate_limited' | 'timeout' | 'network';

/** A failed Zalo Bot API call; its message names the method and never the token. */
export class ZaloApiError extends Error {
  override readonly name = 'ZaloApiError';
  readonly status: number | undefined;
  readonly errorCode: number | undefined;
  readonly description: string | undefined;
  /** Seconds the API asked us to wait (429). */
  readonly retryAfter: number | undefined;

  constructor(
    readonly method: string,
    readonly kind: ZaloErrorKind,
    details: { status?: number; errorCode?: number; description?: string; retryAfter?: number },
  ) {
    const what =
      details.description ?? (kind === 'timeout' ? 'timed out' : kind === 'network' ? 'no response' : '');
    super(
      `Zalo ${method} failed (${kind}${details.status ? ` ${details.status}` : ''})${what ? `: ${what}` : ''}`,
    );
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.description = details.description;
    this.retryAfter = details.retryAfter;
  }

  /** Classifies an HTTP answer that was not a success. */
  static fromResponse(
    method: string,
    status: number,
    body: { ok?: boolean; error_code?: number; description?: string },
    retryAfter: number | undefined,
  ): ZaloApiError {
    const code = body.error_code;
    const kind: ZaloErrorKind =
      status === 429 || code === 429 ? 'rate_limited' : body.ok === false ? 'api' : 'http';
    return new ZaloApiError(method, kind, {
      status,
      errorCode: code,
      description: typeof body.description === 'string' ? body.description.slice(0, 200) : undefined,
      retryAfter,
    });
  }
}
