import { describe, expect, it } from "vitest";
import { withoutScripts, withoutStylesheetNonces } from "@/lib/public-cache/strip-scripts";

const page = [
  '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="N" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/d.js" async="" nonce="N"></script>',
  "<title>Gemeente Urk — GR-volg</title></head><body>",
  "<main><h1>Gemeente Urk</h1><p>Uitleg met het woord script en &lt;script&gt; als tekst.</p></main>",
  '<script nonce="N">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="N">self.__next_f.push([1,"5:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script>',
  "</body></html>",
].join("");

describe("public pages without the Next.js runtime", () => {
  it("removes every script element and script preload, and keeps the document and its styles", () => {
    const out = withoutScripts(page);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/\.js"/);
    expect(out).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N" data-precedence="next"/>',
    );
    expect(out).toContain(
      "<main><h1>Gemeente Urk</h1><p>Uitleg met het woord script en &lt;script&gt; als tekst.</p></main>",
    );
    expect(out).toContain("<title>Gemeente Urk — GR-volg</title>");
    expect(out.endsWith("</body></html>")).toBe(true);
  });

  it("leaves a page with streamed Suspense content alone (its content is placed by a script)", () => {
    const streamed = page.replace("<main>", '<main><div hidden id="S:0"><p>later</p></div>');
    expect(withoutScripts(streamed)).toBe(streamed);
  });
});

describe("stylesheet nonces of a page without scripts", () => {
  it("drops the nonce of same-origin stylesheet links (style-src 'self' allows them) and keeps every other", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N" data-precedence="next"/>',
      '<link rel="stylesheet" href="//cdn.example/b.css" nonce="N"/>',
      '<link rel="stylesheet" href="https://cdn.example/c.css" nonce="N"/>',
      '<style nonce="N">p{color:red}</style>',
      "<p>nonce=&quot;N&quot; as text</p>",
    ].join("");
    const out = withoutStylesheetNonces(html, "N");
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(out).toContain('<link rel="stylesheet" href="//cdn.example/b.css" nonce="N"/>');
    expect(out).toContain('<link rel="stylesheet" href="https://cdn.example/c.css" nonce="N"/>');
    expect(out).toContain('<style nonce="N">p{color:red}</style>');
    expect(out).toContain("<p>nonce=&quot;N&quot; as text</p>");
  });

  it("leaves a page whose stripped form has no nonce left at all (the cache then keeps it compressed)", () => {
    const out = withoutStylesheetNonces(withoutScripts(page), "N");
    expect(out).not.toContain("nonce=");
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
  });
});
