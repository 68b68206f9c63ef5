import { listRoute } from "@/lib/api/lists";
import { deadlineFilter } from "@/lib/api/filters";
import { listDeadlines } from "@/lib/api/resources";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = listRoute(deadlineFilter, async (db, q, win) => {
  const all = await listDeadlines(db, q);
  return { total: all.length, items: all.slice(win.skip, win.skip + win.take) };
});
