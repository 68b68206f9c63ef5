import { NotFoundError } from "@/lib/services/forecast";
import { type ConverterEnv, docxToPdf } from "./pdf";

/** "attachment; filename=…" with a plain ASCII name. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]+/g, "-")}"`;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const text = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * The one response of every document download: the DOCX, or its PDF when LibreOffice is installed.
 * Without LibreOffice the PDF link answers 404 with a Dutch explanation (the DOCX is always there).
 */
export async function documentResponse(
  format: "docx" | "pdf",
  basename: string,
  build: () => Promise<Buffer>,
  opts: { env?: ConverterEnv } = {},
): Promise<Response> {
  let docx: Buffer;
  try {
    docx = await build();
  } catch (e) {
    if (e instanceof NotFoundError) return text(e.message, 404);
    throw e;
  }
  if (format === "docx")
    return new Response(new Uint8Array(docx), {
      headers: {
        "content-type": DOCX_TYPE,
        "content-disposition": attachment(`${basename}.docx`),
        "cache-control": "no-store",
      },
    });
  const pdf = await docxToPdf(docx, opts);
  if (!pdf.ok) return text(pdf.message, 404);
  return new Response(new Uint8Array(pdf.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(`${basename}.pdf`),
      "cache-control": "no-store",
    },
  });
}
