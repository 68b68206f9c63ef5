import { read, readStream } from "@/lib/read-models";
import { currentUser } from "@/lib/auth/session";
import { queryRecord } from "@/lib/validation/audit";
import { auditEventBatches, selectAuditEvents } from "@/lib/services/audit-view";
import { auditCsvStream } from "@/lib/services/audit-view-csv";
import { attachment, todayIso } from "../../guard";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** The filtered audit events as CSV, streamed in batches (same filters and same permission as the view). */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return text("U moet ingelogd zijn.", 401);
  const sel = await read(
    selectAuditEvents,
    { role: user.role, gemeenteId: user.gemeenteId },
    queryRecord(new URL(request.url).searchParams),
  );
  if (!sel.ok) {
    // Invalid filters are the user's to fix (400); anything else is a refusal (403).
    if (sel.fieldErrors) return text(`${sel.message}\n${Object.values(sel.fieldErrors).join("\n")}`, 400);
    return text(sel.message, 403);
  }
  return new Response(auditCsvStream(await readStream(auditEventBatches, sel)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(`auditlogboek-${todayIso()}.csv`),
      "cache-control": "no-store",
    },
  });
}
