/**
 * The raadsbesluit a scenario attaches where the griffie must upload the signed PDF: a tiny but
 * real PDF (one empty page). Its name says it is scenario data, not a document of a raad.
 */
const MINIMAL_PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
  "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

export const scenarioBesluitPdf = (gemeenteSlug: string) => ({
  bestandsnaam: `scenario-raadsbesluit-${gemeenteSlug}.pdf`,
  bytes: new TextEncoder().encode(MINIMAL_PDF),
});
