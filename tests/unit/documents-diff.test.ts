import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffVersions, type DiffArticle } from "@/lib/documents/diff";
import { must } from "@/tests/integration/helpers/must";

const art = (
  key: string,
  position: number,
  tekst: string,
  nummer = String(position + 1),
  titel = `Artikel ${nummer}`,
): DiffArticle => ({ key, nummer, titel, tekst, position });

describe("article-level diff between versions", () => {
  it("classifies articles as added, removed, changed or unchanged, matched by key", () => {
    const v1 = [
      art("a", 0, "De regeling heet GR."),
      art("b", 1, "Belang: jeugdhulp."),
      art("c", 2, "Evaluatie na vijf jaar."),
    ];
    const v2 = [
      art("a", 0, "De regeling heet GR."),
      art("c", 1, "Evaluatie na vier jaar.", "2"),
      art("d", 2, "Uittreding kan na 2 jaar."),
    ];
    const d = diffVersions(v1, v2);
    expect(d.map((x) => [x.key, x.change])).toEqual([
      ["a", "ongewijzigd"],
      ["b", "verwijderd"],
      ["c", "gewijzigd"],
      ["d", "toegevoegd"],
    ]);
    const c = must(
      d.find((x) => x.key === "c"),
      "article c",
    );
    expect(c.tekst.filter((p) => p.kind === "verwijderd").map((p) => p.text.trim())).toContain("vijf");
    expect(c.tekst.filter((p) => p.kind === "toegevoegd").map((p) => p.text.trim())).toContain("vier");
    expect(c.before?.nummer).toBe("3");
    expect(c.after?.nummer).toBe("2");
  });

  it("the diff's parts always rebuild both texts exactly", () => {
    const text = fc.string({ maxLength: 80 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [d] = diffVersions([art("x", 0, a)], [art("x", 0, b)]);
        if (a === b) {
          expect(d.change).toBe("ongewijzigd");
          return;
        }
        expect(
          d.tekst
            .filter((p) => p.kind !== "toegevoegd")
            .map((p) => p.text)
            .join(""),
        ).toBe(a);
        expect(
          d.tekst
            .filter((p) => p.kind !== "verwijderd")
            .map((p) => p.text)
            .join(""),
        ).toBe(b);
      }),
    );
  });

  it("a version compared with itself has no changes", () => {
    const v = [art("a", 0, "x"), art("b", 1, "y")];
    expect(diffVersions(v, v).every((x) => x.change === "ongewijzigd")).toBe(true);
  });
});
