import { listDeadlinesPage, listRoute } from "@/lib/api/lists";
import { deadlineFilter } from "@/lib/api/filters";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = listRoute(
  deadlineFilter,
  listDeadlinesPage,
  "lijst:deadlines",
);
