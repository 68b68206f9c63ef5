import type { Page, Route } from "@playwright/test";

/**
 * Takes the ticked "Ik begrijp dat …" out of a form's JSON (`invoer`) on its way to the server action, as a stale page
 * or a hand-made POST would send it: the browser's own check passed, so what the server does is what is tested (issue
 * 16 point 5: the runner refuses a far-reaching step without the confirmation, lib/commands/run.ts). Only POSTs to
 * `path` are touched; `stripped` lists the ones that were. Call `undo` to let the next submit through unchanged.
 */
export async function dropConfirmation(page: Page, path: string) {
  const stripped: string[] = [];
  const matches = (url: URL) => url.pathname === path;
  const handler = async (route: Route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() !== "POST" || !body?.includes('"bevestigd":true')) return route.continue();
    stripped.push(request.url());
    await route.continue({ postData: body.replace('"bevestigd":true', '"bevestigd":false') });
  };
  await page.route(matches, handler);
  return { stripped, undo: () => page.unroute(matches, handler) };
}
