/** Calls an exported route handler with a real Request, as Next.js does. */
export const BASE = "http://gr-volg.test";

export function req(path: string, init: RequestInit = {}) {
  return new Request(`${BASE}${path}`, init);
}

export function ctx<P extends Record<string, string>>(params: P) {
  return { params: Promise.resolve(params) };
}
