import { requestUser } from "@/components/request-user";
import { read } from "@/lib/read-models";
import { documentResponse } from "@/lib/documents/word/response";
import { griffieDocument } from "@/lib/services/griffie/beantwoording";

export const dynamic = "force-dynamic";

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The griffier's draft raadsvoorstel (zienswijze or toestemming phase) and zienswijze-brief, as DOCX; own gemeente only. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ procedureId: string; gemeente: string; soort: string }> },
) {
  const user = await requestUser();
  if (!user) return text("U moet ingelogd zijn.", 401);
  const { procedureId, gemeente, soort } = await params;
  const doc = await read(
    griffieDocument,
    { role: user.role, gemeenteId: user.gemeenteId },
    procedureId,
    gemeente,
    soort,
  );
  if (!doc.ok) return text(doc.message, doc.status);
  return documentResponse("docx", doc.basename, doc.build);
}
