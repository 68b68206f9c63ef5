/**
 * Whether every percent-escape in a path decodes to valid UTF-8. Next.js decodes the dynamic
 * segments of a route itself (decodeURIComponent, before the page or route handler runs) and
 * answers a malformed escape (e.g. an encoded lone surrogate, %ED%A0%80, or a bare "%") with a bare
 * 500; the proxy refuses such addresses with a Dutch 400 first — for pages, /api/v1 and /ics alike.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const UNDECODABLE_PATH_MESSAGE = "Dit adres is ongeldig: het bevat tekens die niet kunnen bestaan.";

/** The machine-readable entry points: they answer in their own format, not with an HTML page. */
export function isMachineEntryPoint(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname.startsWith("/ics/");
}
