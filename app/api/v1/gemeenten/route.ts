import { listGemeenten, listRoute } from "@/lib/api/lists";
import { pageQuery } from "@/lib/api/pagination";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = listRoute(pageQuery, listGemeenten, "lijst:gemeenten");
