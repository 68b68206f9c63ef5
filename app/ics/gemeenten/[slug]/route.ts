import { read } from "@/lib/read-models";
import { buildCalendar, cachedFeed, publicUrl } from "@/lib/api/ics";
import { loadGemeenteCalendar } from "@/lib/api/ics-feeds";
import { problem, readHandler } from "@/lib/api/http";

export const dynamic = "force-dynamic";

/** GET /ics/gemeenten/{slug}.ics — termijnen en vergaderingen van één gemeente. */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = (await params).slug.replace(/\.ics$/, "");
  return cachedFeed(request, "gemeenten", slug, async () => {
    const data = await read(loadGemeenteCalendar, slug);
    if (!data) return problem(request, 404, `Er is geen gemeente met de naam "${slug}".`);
    return {
      calendar: buildCalendar(`Gemeente ${data.naam}`, data.items, publicUrl(`/gemeenten/${encodeURIComponent(slug)}`)),
      filename: `${slug}.ics`,
    };
  });
});
