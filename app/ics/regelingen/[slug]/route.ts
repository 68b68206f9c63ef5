import { read } from "@/lib/read-models";
import { buildCalendar, cachedFeed, publicUrl } from "@/lib/api/ics";
import { loadRegelingCalendar } from "@/lib/api/ics-feeds";
import { problem, readHandler } from "@/lib/api/http";

export const dynamic = "force-dynamic";

/** GET /ics/regelingen/{slug}.ics — termijnen, vergaderingen en mijlpalen van één regeling. */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = (await params).slug.replace(/\.ics$/, "");
  return cachedFeed(request, "regelingen", slug, async () => {
    const data = await read(loadRegelingCalendar, slug);
    if (!data) return problem(request, 404, `Er is geen regeling met de naam "${slug}".`);
    return {
      calendar: buildCalendar(data.naam, data.items, publicUrl(`/regelingen/${encodeURIComponent(slug)}`)),
      filename: `${slug}.ics`,
    };
  });
});
