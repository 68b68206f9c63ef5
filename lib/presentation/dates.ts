import { format } from "date-fns";
import { nl } from "date-fns/locale";

/** "1 januari 2027". Dates from the database are UTC midnights (@db.Date): format in UTC. */
export function formatDutchDate(value: Date | string): string {
  const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return format(local, "d MMMM yyyy", { locale: nl });
}
