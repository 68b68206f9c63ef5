import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import type { RegelingTimeline } from "@/lib/services/timeline";
import { TargetAlert } from "./TargetAlert";
import { Timeline } from "./Timeline";

/** A gemeente's timelines (public gemeente page, griffie page): per running regeling the target, its verdict and the drawing. */
export function GemeenteTimelines({
  timelines,
  more,
  headingLevel,
}: {
  timelines: RegelingTimeline[];
  more: { slug: string; naam: string }[];
  headingLevel: 2 | 3;
}) {
  if (!timelines.length && !more.length) return null;
  return (
    <section aria-labelledby="tijdlijn-visueel-kop" data-testid="gemeente-tijdlijnen">
      <Heading level={headingLevel} id="tijdlijn-visueel-kop">
        Tijdlijn naar de inwerkingtreding
      </Heading>
      {timelines.map((t, i) => (
        <section key={t.regeling.slug} aria-labelledby={`tijdlijn-${i}-kop`}>
          <Heading level={headingLevel === 2 ? 3 : 4} id={`tijdlijn-${i}-kop`}>
            {t.regeling.naam}: beoogde inwerkingtreding {t.verdict.target}
          </Heading>
          <TargetAlert verdict={t.verdict} />
          <Timeline model={t.model} id={`tijdlijn-${i}`} />
        </section>
      ))}
      {more.length ? (
        <Paragraph>
          {/* Without drawings (the public page's summary) the links are the way to each regeling's own timeline. */}
          {timelines.length ? "Ook lopend:" : "Lopende regelingen (hun tijdlijn staat op de pagina van de regeling):"}{" "}
          {more.map((r, i) => (
            <span key={r.slug}>
              {i ? ", " : ""}
              <Link href={`/regelingen/${r.slug}`}>{r.naam}</Link>
            </span>
          ))}
          .
        </Paragraph>
      ) : null}
    </section>
  );
}
