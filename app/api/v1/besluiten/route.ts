import { listBesluiten, listRoute } from "@/lib/api/lists";
import { regelingGemeenteFilter } from "@/lib/api/filters";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = listRoute(
  regelingGemeenteFilter,
  listBesluiten,
  "lijst:besluiten",
);
