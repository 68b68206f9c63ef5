import type { Db } from "@/lib/db/client";
import { can, type Subject } from "@/lib/auth/permissions";

export type Download =
  | { ok: true; bestandsnaam: string; sha256: string; size: number; content: Uint8Array; isPublic: boolean }
  | { ok: false; status: 404; message: string };

const NOT_FOUND = {
  ok: false as const,
  status: 404 as const,
  message: "Dit bestand bestaat niet of is niet beschikbaar.",
};

/**
 * Who may download a stored file — whoever may see the registration it belongs to: everyone once it
 * belongs to a registered raadsbesluit (a vastgesteld decision, public like /api/v1/besluiten); a file
 * not (yet) attached to a besluit — a draft — only the griffie of the uploader's gemeente and the
 * secretariat (the one permission table, deny by default). Everyone else gets the same 404 as for an
 * unknown id, so a draft's existence is not revealed; files whose bytes were never imported are 404 too.
 */
export async function loadDownload(db: Db, user: Subject | null, fileId: string): Promise<Download> {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      bestandsnaam: true,
      sha256: true,
      size: true,
      uploadedById: true,
      besluiten: { select: { id: true }, take: 1 },
    },
  });
  if (!file) return NOT_FOUND;
  const isPublic = file.besluiten.length > 0;
  if (!isPublic) {
    if (!user) return NOT_FOUND;
    const uploader = file.uploadedById
      ? await db.user.findUnique({ where: { id: file.uploadedById }, select: { gemeenteId: true } })
      : null;
    const secretariaat = can(user, "secretariaat.bekijken").allowed;
    const ownGriffie =
      !!uploader?.gemeenteId && can(user, "griffie.bekijken", { gemeenteId: uploader.gemeenteId }).allowed;
    if (!secretariaat && !ownGriffie) return NOT_FOUND;
  }
  const row = await db.storedFileContent.findUnique({ where: { fileId: file.id } });
  if (!row) return NOT_FOUND;
  return {
    ok: true,
    bestandsnaam: file.bestandsnaam,
    sha256: file.sha256,
    size: row.content.length,
    content: row.content,
    isPublic,
  };
}

/** RFC 6266 / RFC 8187: an ASCII fallback in `filename` and the exact name in `filename*`. */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\%;]/g, "_")
      .trim() || "bestand.pdf";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The HTTP answer for a download (GET and HEAD), with a conditional 304 on the sha256 ETag. */
export function downloadResponse(d: Download, request: Request): Response {
  if (!d.ok)
    return new Response(d.message, {
      status: d.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  const etag = `"${d.sha256}"`;
  const headers: Record<string, string> = {
    "content-type": "application/pdf",
    "content-disposition": contentDisposition(
      new URL(request.url).searchParams.has("download") ? "attachment" : "inline",
      d.bestandsnaam,
    ),
    "x-content-type-options": "nosniff",
    etag,
    // Drafts never in a shared cache; public files may be reused after a cheap revalidation.
    "cache-control": d.isPublic ? "public, no-cache" : "private, no-store",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  headers["content-length"] = String(d.size);
  return new Response(request.method === "HEAD" ? null : (d.content as Uint8Array<ArrayBuffer>), { headers });
}
