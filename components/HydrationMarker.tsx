"use client";

import { useEffect } from "react";

/** The attribute on `<html>` that says React has taken over this document. */
export const HYDRATED_ATTRIBUTE = "data-hydrated";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated="ja">`): until then a button has no click
 * handler and a form no state, so a browser test that clicks earlier races the page (docs/testing.md). The browser
 * tests wait for it (tests/e2e/helpers.ts, `waitForHydration`). Set from an effect, never in the server HTML: an
 * effect runs only after React's commit, and the cached copies of public pages that anonymous visitors get carry no
 * scripts (lib/public-cache), so they never carry the mark either. No inline script: nothing for the CSP.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, "ja");
  }, []);
  return null;
}
