import { listDocumenten, listRoute } from "@/lib/api/lists";
import { regelingFilter } from "@/lib/api/filters";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = listRoute(regelingFilter, listDocumenten, "lijst:documenten");
