import { listRoute, listZienswijzen } from "@/lib/api/lists";
import { regelingGemeenteFilter } from "@/lib/api/filters";

export const dynamic = "force-dynamic";
/** Only zienswijzen a raad adopted (VASTGESTELD) or submitted (INGEDIEND); drafts never. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = listRoute(
  regelingGemeenteFilter,
  listZienswijzen,
  "lijst:zienswijzen",
);
