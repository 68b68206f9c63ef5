/**
 * Whether every percent-escape in a path decodes to valid UTF-8. Next.js answers a malformed
 * escape in a dynamic segment (e.g. an encoded lone surrogate, %ED%A0%80) with a bare 500; the
 * proxy refuses such addresses with a 400 first.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
