/**
 * Upload size limits. No imports: next.config.ts and proxy.ts read these too.
 *
 * Two limits, so that an upload that is too large always gets the app's own Dutch answer:
 * - UPLOAD_MAX_BYTES (default 10 MB): the app refuses a file of this size or larger, in the form.
 * - the transport limit (twice that): how much of a request body Next buffers for the proxy
 *   (`experimental.proxyClientMaxBodySize`) and accepts for a server action
 *   (`experimental.serverActions.bodySizeLimit`). It must stay well above UPLOAD_MAX_BYTES: with
 *   both at 10/11 MB, the proxy cut a 12 MB body off at 10 MB, the action could not parse the
 *   truncated multipart body, and the server answered 500. A body above the transport limit is
 *   answered by proxy.ts with a Dutch 413 before Next reads it.
 */
export function uploadMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.UPLOAD_MAX_BYTES);
  return Number.isInteger(n) && n > 0 ? n : 10 * 1024 * 1024;
}

export function transportMaxBytes(env: Record<string, string | undefined> = process.env): number {
  return 2 * uploadMaxBytes(env) + 1024 * 1024;
}

export function tooLargeMessage(maxBytes = uploadMaxBytes(), size?: number): string {
  const max =
    maxBytes >= 1024 * 1024 ? `${Math.floor(maxBytes / 1024 / 1024)} MB` : `${Math.floor(maxBytes / 1024)} kB`;
  const actual = size === undefined ? "" : ` (${Math.ceil(size / 1024)} kB)`;
  return `Het bestand is te groot${actual}; het moet kleiner zijn dan ${max}.`;
}
