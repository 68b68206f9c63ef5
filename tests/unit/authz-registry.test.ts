import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_ENTRY_POINTS, ROUTE_ENTRY_POINTS } from "@/lib/auth/entry-points";
import { ACTIONS, type Action } from "@/lib/auth/permissions";

/**
 * Coverage of the authorization registry, proven from the source: every server action and every
 * route handler in the tree must be listed in lib/auth/entry-points.ts (with its permission), and
 * every server action must be a one-line binding of the tested handler in lib/actions/handlers.ts.
 * A new action or route that skips the registry fails here.
 */
const ROOT = join(__dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|js|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => !f.includes("node_modules"));
}

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** Exported names of a module, by every export form the codebase uses. */
function exportedNames(text: string): { names: string[]; other: string[] } {
  const src = code(text);
  const names: string[] = [];
  const other: string[] = [];
  for (const m of src.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*(\w+)/g)) names.push(m[1]);
  for (const m of src.matchAll(/export\s+(?:const|let|var)\s+(\w+)/g)) names.push(m[1]);
  for (const m of src.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}/g))
    names.push(
      ...m[1]
        .split(",")
        .map((s) => (s.split(":").pop() ?? "").trim())
        .filter(Boolean),
    );
  for (const m of src.matchAll(/export\s*\{([^}]*)\}/g))
    names.push(
      ...m[1]
        .split(",")
        .map((s) => (s.split(/\s+as\s+/).pop() ?? "").trim())
        .filter(Boolean),
    );
  for (const m of src.matchAll(/export\s+(default|\*|class|type|interface|enum)\b/g)) other.push(m[1]);
  return { names, other };
}

const serverActionFiles = () =>
  [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")].filter((f) =>
    /["']use server["']/.test(code(read(f))),
  );

describe("authorization registry covers every entry point", () => {
  it("lists every exported server action, bound to its tested handler, and nothing else", () => {
    const files = serverActionFiles();
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const text = read(file);
      // Only file-level "use server" modules: an inline server action in a component could not be bound to a handler.
      expect(
        code(text).trimStart().startsWith('"use server"'),
        `${file}: "use server" only as the file's first statement`,
      ).toBe(true);
      const { names, other } = exportedNames(text);
      expect(other, `${file}: only named async functions may be exported`).toEqual([]);
      for (const name of names) {
        found.push(name);
        const entry = (ACTION_ENTRY_POINTS as Record<string, { file: string }>)[name];
        expect(entry, `server action ${name} in ${file} is missing from lib/auth/entry-points.ts`).toBeDefined();
        expect(entry.file, `${name}: registered file`).toBe(file);
        const body =
          code(text)
            .split(/export\s+async\s+function\s+/)
            .find((s) => s.startsWith(`${name}(`)) ?? "";
        expect(body, `${name} must delegate to actionHandlers.${name} with the session context`).toMatch(
          new RegExp(`\\bh\\.${name}\\(session\\b`),
        );
      }
    }
    expect(new Set(found).size, "action names are unique across files").toBe(found.length);
    expect(found.sort()).toEqual(Object.keys(ACTION_ENTRY_POINTS).sort());
  });

  it("an action that runs a command is registered with that command, and its handler runs exactly it", () => {
    const handlers = code(read("lib/actions/handlers.ts"));
    const withCommand = Object.entries(ACTION_ENTRY_POINTS).filter(([, e]) => "command" in e && e.command);
    // The registry is generated from the commands: at least the griffie, secretariat and college actions.
    expect(withCommand.length).toBeGreaterThanOrEqual(11);
    for (const [name, entry] of withCommand) {
      const command = (entry as { command: string }).command;
      // The handler's own entry (up to the next handler) names the command it runs.
      const start = handlers.search(new RegExp(`\\n\\s+(async\\s+)?${name}\\b`));
      expect(start, `${name}: handler in lib/actions/handlers.ts`).toBeGreaterThan(-1);
      const rest = handlers.slice(start + 1);
      const next = rest.slice(name.length).search(/\n {2}(async\s+)?\w+Action\b/);
      const body = next === -1 ? rest : rest.slice(0, next + name.length);
      expect(body, `${name} must run the command it is registered with (${command})`).toMatch(
        new RegExp(`\\b${command}\\b`),
      );
    }
  });

  it("lists every route handler with exactly the HTTP methods it exports", () => {
    const routes = sourceFiles("app").filter((f) => /(^|\/)route\.(ts|tsx|js)$/.test(f));
    expect(routes.length).toBeGreaterThan(0);
    const exported: Record<string, string[]> = {};
    for (const file of routes)
      exported[file] = exportedNames(read(file))
        .names.filter((n) => HTTP_METHODS.includes(n))
        .sort();
    for (const file of routes) {
      expect(ROUTE_ENTRY_POINTS[file], `route ${file} is missing from lib/auth/entry-points.ts`).toBeDefined();
      expect(exported[file], `${file}: methods`).toEqual([...ROUTE_ENTRY_POINTS[file].methods].sort());
    }
    expect(Object.keys(ROUTE_ENTRY_POINTS).sort()).toEqual(routes.sort());
  });

  it("names only permissions that exist in the table", () => {
    const used: string[] = [];
    for (const e of Object.values(ACTION_ENTRY_POINTS)) {
      const p = e.permission as Action | { byValue: Record<string, Action> } | null;
      if (p === null) expect((e as { publicBecause?: string }).publicBecause, "a public action says why").toBeTruthy();
      else if (typeof p === "string") used.push(p);
      else used.push(...Object.values(p.byValue));
    }
    for (const r of Object.values(ROUTE_ENTRY_POINTS))
      if (r.access.kind === "permission") used.push(r.access.permission);
    for (const r of Object.values(ROUTE_ENTRY_POINTS))
      if (r.access.kind === "registration") used.push(r.access.draftPermission);
    for (const p of used) expect(ACTIONS).toContain(p);
  });

  it("the export scanner recognises every export form (so the checks above cannot pass vacuously)", () => {
    const sample = [
      "export async function a() {}",
      "export const b = 1;",
      "export const { POST, PUT } = readOnly;",
      "export { handler as GET, handler as DELETE };",
      "export default function x() {}",
      "// export const hidden = 1;",
    ].join("\n");
    const { names, other } = exportedNames(sample);
    expect(names.sort()).toEqual(["DELETE", "GET", "POST", "PUT", "a", "b"]);
    expect(other).toEqual(["default"]);
  });
});
