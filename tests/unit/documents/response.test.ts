import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentResponse } from "@/lib/documents/word/response";
import { renderRaadsvoorstel } from "@/lib/documents/word/raadsvoorstel";
import { MINIMAL_RAADSVOORSTEL } from "../../helpers/docx";
import { NotFoundError } from "@/lib/services/forecast";

const build = () => renderRaadsvoorstel(MINIMAL_RAADSVOORSTEL);

describe("the download response of a document", () => {
  it("DOCX: 200 with the Word content type and an ASCII file name", async () => {
    const res = await documentResponse("docx", "raadsvoorstel-súrk", build);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="raadsvoorstel-s-rk.docx"');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  it("PDF without LibreOffice: a Dutch explanation, not a server error", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "no-soffice-"));
    const res = await documentResponse("pdf", "raadsvoorstel-urk", build, { env: { PATH: empty } });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toMatch(/^Een PDF maken kan op deze server niet: LibreOffice is niet geïnstalleerd\./);
  });

  it("an unknown procedure or gemeente: 404 with the service's message", async () => {
    const res = await documentResponse("pdf", "x", () =>
      Promise.reject(new NotFoundError("Deze procedure bestaat niet.")),
    );
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("Deze procedure bestaat niet.");
  });
});
