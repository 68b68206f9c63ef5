import { read } from "@/lib/read-models";
import { todayInNetherlands } from "@/lib/domain";
import { buildCalendar, publicUrl } from "@/lib/api/ics";
import { cachedResponse, problem, readHandler } from "@/lib/api/http";
import { agendaCalendarItems } from "@/lib/read-models/agenda";
import { loadPrivateAgenda } from "@/lib/services/griffie/agenda-abonnement";

export const dynamic = "force-dynamic";

/**
 * Private: the secret is the proof, so no shared cache may keep the answer, no other site may read it (no CORS), and
 * no page it links to learns the address (Referrer-Policy).
 */
const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-cache",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
};

/**
 * The same answer for a malformed, unknown or revoked address (a problem detail like every refused feed; its
 * `instance` is only the path the caller sent): it says nothing about which of these it was.
 */
const notFound = (request: Request) => {
  const res = problem(request, 404, "Deze agendalink bestaat niet (meer).");
  for (const [k, v] of Object.entries(PRIVATE_HEADERS)) res.headers.set(k, v);
  return res;
};

/** GET /ics/agenda/{token}.ics — a griffier's private iCalendar address of the griffie agenda (issue 17 point 4). */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const token = (await params).token.replace(/\.ics$/, "");
  const agenda = await read(loadPrivateAgenda, token, todayInNetherlands());
  if (!agenda) return notFound(request);
  const body = buildCalendar(
    "Agenda van de raad",
    agendaCalendarItems(agenda, (path) => publicUrl(path)),
  );
  return cachedResponse(
    request,
    body,
    "text/calendar; charset=utf-8",
    { ...PRIVATE_HEADERS, "Content-Disposition": 'inline; filename="agenda-raad.ics"' },
    { cors: false },
  );
});
