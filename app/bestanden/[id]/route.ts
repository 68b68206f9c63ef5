import { read } from "@/lib/read-models";
import { requestUser } from "@/components/request-user";
import { downloadResponse, loadDownload } from "@/lib/services/files/download";

export const dynamic = "force-dynamic";

/** An uploaded file (raadsbesluit PDF), served from the database; who may see it: lib/services/files/download.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requestUser();
  return downloadResponse(
    await read(loadDownload, user ? { role: user.role, gemeenteId: user.gemeenteId } : null, id),
    request,
  );
}
