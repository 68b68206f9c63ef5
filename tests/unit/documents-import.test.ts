import { describe, expect, it } from "vitest";
import { ImportError, parseStructuredText } from "@/lib/documents/import";

describe("structured text import", () => {
  it("reads articles and bijlagen with stable keys, titles and multi-line text", () => {
    const text = [
      "Artikel 1 – Begripsbepalingen",
      "In deze regeling wordt verstaan onder:",
      "a. bestuur: het bestuur van de bedrijfsvoeringsorganisatie;",
      "",
      "# Artikel 2a: Belang",
      "De regeling behartigt de belangen van jeugdhulp en Wmo.",
      "Bijlage - Wettelijke taken en plustaken",
      "Zie de tabel.",
      "Bijlage 2 — Addendum Zeewolde",
      "Zorg & Veiligheid.",
    ].join("\r\n");
    expect(parseStructuredText(text)).toEqual([
      {
        key: "art-1",
        nummer: "1",
        titel: "Begripsbepalingen",
        tekst: "In deze regeling wordt verstaan onder:\na. bestuur: het bestuur van de bedrijfsvoeringsorganisatie;",
      },
      {
        key: "art-2a",
        nummer: "2a",
        titel: "Belang",
        tekst: "De regeling behartigt de belangen van jeugdhulp en Wmo.",
      },
      { key: "bijlage", nummer: "Bijlage", titel: "Wettelijke taken en plustaken", tekst: "Zie de tabel." },
      { key: "bijlage-2", nummer: "Bijlage 2", titel: "Addendum Zeewolde", tekst: "Zorg & Veiligheid." },
    ]);
  });

  it.each([
    ["", /Geen artikelen/],
    ["Inleiding zonder kop\nArtikel 1 – X\ntekst", /vóór het eerste artikel/],
    ["Artikel 1 – X\ntekst\nArtikel 1 – Y\ntekst", /twee keer/],
    ["Artikel 1 – Leeg\n\nArtikel 2 – X\ntekst", /Artikel 1 heeft geen tekst/],
  ])("refuses %j with a Dutch message", (text, message) => {
    expect(() => parseStructuredText(text)).toThrow(ImportError);
    expect(() => parseStructuredText(text)).toThrow(message);
  });
});
