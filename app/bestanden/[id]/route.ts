import { getPrisma } from "@/lib/db/client";
import { requestUser } from "@/components/request-user";
import { downloadResponse, loadDownload } from "@/lib/services/files/download";

export const dynamic = "force-dynamic";

/** An uploaded file (raadsbesluit PDF), served from the database; who may see it: lib/services/files/download.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requestUser();
  const db = await getPrisma();
  return downloadResponse(
    await loadDownload(db, user ? { role: user.role, gemeenteId: user.gemeenteId } : null, id),
    request,
  );
}
