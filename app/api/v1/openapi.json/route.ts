import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request) => jsonResponse(request, openApiDocument));
