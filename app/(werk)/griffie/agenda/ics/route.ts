import { requestUser } from "@/components/request-user";
import { can } from "@/lib/auth/permissions";
import { todayInNetherlands } from "@/lib/domain";
import { buildCalendar, icsResponse, publicUrl } from "@/lib/api/ics";
import { read } from "@/lib/read-models";
import { agendaCalendarItems, loadGriffieAgenda } from "@/lib/read-models/agenda";

export const dynamic = "force-dynamic";

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The griffie agenda of the own gemeente as iCalendar: one all-day event per open item on its deadline. */
export async function GET(request: Request) {
  const user = await requestUser();
  if (!user) return text("U moet ingelogd zijn.", 401);
  const decision = can({ role: user.role, gemeenteId: user.gemeenteId }, "griffie.bekijken");
  if (!decision.allowed || !user.gemeenteId || user.role !== "GRIFFIER")
    return text(decision.allowed ? "De agenda is alleen voor griffiers van een gemeente." : decision.reason, 403);
  const agenda = await read(loadGriffieAgenda, user.gemeenteId, todayInNetherlands());
  const body = buildCalendar(
    "Agenda van de raad",
    agendaCalendarItems(agenda, (path) => publicUrl(path)),
  );
  return icsResponse(request, body, "agenda-raad.ics");
}
