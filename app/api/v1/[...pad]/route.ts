import { problem, readOnly } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const { OPTIONS } = readOnly;

const unknown = async (request: Request) =>
  problem(request, 404, "Deze bron bestaat niet. Zie /api/v1/openapi.json voor alle bronnen.");
export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
