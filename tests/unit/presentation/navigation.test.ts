import { describe, expect, it } from "vitest";
import { landingPageLinks, workspaceLinks } from "@/lib/presentation/navigation";

const hrefs = (links: { href: string }[]) => links.map((l) => l.href);

/** One list of work pages: the header and the landing page read the same table, by the permission table's rights. */
describe("work-page links from the one list, by right", () => {
  it("gives a griffier the griffie pages in both lists and nothing of the secretariat or the college", () => {
    const griffier = { role: "GRIFFIER" as const, gemeenteId: "g1" };
    expect(hrefs(workspaceLinks(griffier))).toEqual(["/werkruimte", "/volgen", "/griffie"]);
    expect(hrefs(landingPageLinks(griffier))).toEqual([
      "/griffie",
      "/griffie/vergaderingen",
      "/secretariaat/audit",
      "/volgen",
      "/regelingen",
    ]);
  });

  it("gives the college and its bestuurssecretariaat the same pages (the same rights)", () => {
    for (const role of ["COLLEGE", "BESTUURSSECRETARIAAT"] as const) {
      const subject = { role, gemeenteId: "g1" };
      expect(hrefs(workspaceLinks(subject)), role).toEqual(["/werkruimte", "/volgen", "/college"]);
      expect(hrefs(landingPageLinks(subject)), role).toEqual(["/college", "/volgen", "/regelingen"]);
    }
  });

  it("gives the secretariat its workspace, timeline and audit; the public only the public overviews", () => {
    const secretariaat = { role: "SECRETARIAAT" as const, gemeenteId: null };
    expect(hrefs(landingPageLinks(secretariaat))).toEqual([
      "/secretariaat",
      "/secretariaat/tijdlijn",
      "/secretariaat/audit",
      "/volgen",
      "/regelingen",
    ]);
    expect(workspaceLinks(null)).toEqual([]);
    expect(hrefs(landingPageLinks(null))).toEqual(["/regelingen"]);
  });
});
