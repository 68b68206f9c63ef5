import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ROUTE_ENTRY_POINTS } from "@/lib/auth/entry-points";
import { must } from "../helpers/must";

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteModule = Record<string, unknown>;

/** The public route modules by file, for `startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]())`. */
export const PUBLIC_ROUTE_MODULES: Record<string, () => Promise<RouteModule>> = {
  "app/api/v1/route.ts": () => import("@/app/api/v1/route"),
  "app/api/v1/[...pad]/route.ts": () => import("@/app/api/v1/[...pad]/route"),
  "app/api/v1/regelingen/route.ts": () => import("@/app/api/v1/regelingen/route"),
  "app/api/v1/regelingen/[slug]/route.ts": () => import("@/app/api/v1/regelingen/[slug]/route"),
  "app/api/v1/gemeenten/route.ts": () => import("@/app/api/v1/gemeenten/route"),
  "app/api/v1/gemeenten/[slug]/route.ts": () => import("@/app/api/v1/gemeenten/[slug]/route"),
  "app/api/v1/gemeenten/[slug]/begrotingscycli/route.ts": () =>
    import("@/app/api/v1/gemeenten/[slug]/begrotingscycli/route"),
  "app/api/v1/documenten/route.ts": () => import("@/app/api/v1/documenten/route"),
  "app/api/v1/documenten/[id]/route.ts": () => import("@/app/api/v1/documenten/[id]/route"),
  "app/api/v1/documenten/[id]/versies/route.ts": () => import("@/app/api/v1/documenten/[id]/versies/route"),
  "app/api/v1/besluiten/route.ts": () => import("@/app/api/v1/besluiten/route"),
  "app/api/v1/zienswijzen/route.ts": () => import("@/app/api/v1/zienswijzen/route"),
  "app/api/v1/deadlines/route.ts": () => import("@/app/api/v1/deadlines/route"),
  "app/api/v1/zoeken/route.ts": () => import("@/app/api/v1/zoeken/route"),
  "app/api/v1/dienstverleningshandvesten/[id]/route.ts": () =>
    import("@/app/api/v1/dienstverleningshandvesten/[id]/route"),
  "app/api/v1/regelingen/[slug]/begrotingscycli/route.ts": () =>
    import("@/app/api/v1/regelingen/[slug]/begrotingscycli/route"),
  "app/api/v1/openapi.json/route.ts": () => import("@/app/api/v1/openapi.json/route"),
  "app/ics/regelingen/[slug]/route.ts": () => import("@/app/ics/regelingen/[slug]/route"),
  "app/ics/gemeenten/[slug]/route.ts": () => import("@/app/ics/gemeenten/[slug]/route"),
  "app/ics/agenda/[token]/route.ts": () => import("@/app/ics/agenda/[token]/route"),
};

/** app/api/v1/documenten/[id]/route.ts → /^\/api\/v1\/documenten\/([^/]+)$/ with its parameter names. */
function patternOf(file: string) {
  const segments = file
    .replace(/^app\//, "")
    .replace(/\/route\.ts$/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s));
  const names: { name: string; catchAll: boolean }[] = [];
  const re = segments
    .map((s) => {
      const m = /^\[(\.\.\.)?(.+)\]$/.exec(s);
      if (!m) return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push({ name: m[2], catchAll: Boolean(m[1]) });
      return m[1] ? "(.+)" : "([^/]+)";
    })
    .join("/");
  const dynamic = names.length + (names.some((n) => n.catchAll) ? 10 : 0);
  return { regex: new RegExp(`^/${re}$`), names, dynamic };
}

/**
 * A real HTTP server (node:http, real sockets and headers) in front of the app's public route
 * handlers, routed like Next's file-system router: static segments before dynamic ones, catch-all
 * last, percent-decoded parameters (a malformed escape is 400, as in Next), HEAD served by GET and
 * an unexported method 405. Only the public routes: the protected ones read the next-auth session
 * from Next's request scope and are tested over HTTP against the real build (tests/e2e/authz.spec.ts).
 */
export async function startPublicApiServer(
  load: (file: string) => Promise<RouteModule>,
): Promise<{ url: string; close(): Promise<void> }> {
  const files = Object.entries(ROUTE_ENTRY_POINTS)
    .filter(([, e]) => e.access.kind === "public-read" || e.access.kind === "public-get")
    .map(([f]) => f);
  const routes = await Promise.all(files.map(async (file) => ({ file, ...patternOf(file), module: await load(file) })));
  routes.sort((a, b) => a.dynamic - b.dynamic);
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
      const route = routes.find((r) => r.regex.test(url.pathname));
      if (!route) return void res.writeHead(404).end();
      const match = must(route.regex.exec(url.pathname), "route.regex.exec(…)");
      const params: Record<string, string | string[]> = {};
      try {
        route.names.forEach((n, i) => {
          params[n.name] = n.catchAll
            ? match[i + 1].split("/").map(decodeURIComponent)
            : decodeURIComponent(match[i + 1]);
        });
      } catch {
        return void res.writeHead(400).end();
      }
      const method = (req.method ?? "GET").toUpperCase();
      const handler = (route.module[method] ?? (method === "HEAD" ? route.module.GET : undefined)) as
        | Handler
        | undefined;
      if (!handler) return void res.writeHead(405, { Allow: "GET, HEAD" }).end();
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const body = chunks.length && !["GET", "HEAD"].includes(method) ? Buffer.concat(chunks) : undefined;
      const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(method === "HEAD" ? undefined : Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      // An exception escaping a handler is what Next turns into a bare 500; the tests fail on it.
      console.error("onverwerkte fout", e);
      res.writeHead(599).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
