import { Heading, Paragraph, Link } from "@/components/ui/nlds";
import { formatDutchDate } from "@/lib/presentation/dates";
import { BESLUIT_TYPE_LABELS, DISPOSITION_LABELS, lowerFirst, WEIGERINGSGROND_LABELS } from "@/lib/presentation/labels";
import { zienswijzeDatesText } from "@/lib/presentation/legal-date";
import type { PublicBesluit, PublicZienswijze } from "@/lib/services/public/regelingen";

const UITKOMST: Record<string, string> = {
  AANGENOMEN: "aangenomen",
  VERWORPEN: "verworpen",
  VERLEEND: "verleend",
  GEWEIGERD: "geweigerd",
  AANGEHOUDEN: "aangehouden",
  VASTGESTELD: "vastgesteld",
  GEAMENDEERD_VASTGESTELD: "vastgesteld met wijzigingen",
  AKKOORD: "akkoord",
  ONDERTEKEND: "ondertekend",
  BEKENDGEMAAKT: "bekendgemaakt",
  KENNISGENOMEN: "kennis genomen",
  INGETROKKEN: "ingetrokken",
};

export function BesluitList({ besluiten, level = 2 }: { besluiten: PublicBesluit[]; level?: 2 | 3 }) {
  return (
    <section aria-labelledby="besluiten-kop">
      <Heading level={level} id="besluiten-kop">
        Besluiten
      </Heading>
      {besluiten.length === 0 ? (
        <Paragraph data-testid="geen-besluiten">Nog geen besluiten geregistreerd.</Paragraph>
      ) : (
        <ol className="grv-timeline" data-testid="besluiten">
          {besluiten.map((b) => (
            <li key={b.id} className="grv-timeline__item">
              <p className="grv-timeline__date">{formatDutchDate(b.besluitdatum)}</p>
              <p>
                <strong>
                  {BESLUIT_TYPE_LABELS[b.type] ?? b.type}: {UITKOMST[b.uitkomst] ?? b.uitkomst}
                </strong>{" "}
                — {b.body.naam}
                {b.besluitnummer ? ` (besluit ${b.besluitnummer})` : ""}
              </p>
              <p className="grv-muted">
                Over:{" "}
                <Link href={`/documenten/${b.documentVersion.document.id}`}>{b.documentVersion.document.titel}</Link>,{" "}
                {b.documentVersion.label}
              </p>
              {b.stemmenVoor != null || b.stemmenTegen != null ? (
                <p>
                  Stemmen: {b.stemmenVoor ?? 0} voor, {b.stemmenTegen ?? 0} tegen
                  {b.aanwezig != null
                    ? ` (${b.aanwezig} aanwezig${b.zittingHebbendeLeden != null ? ` van ${b.zittingHebbendeLeden}` : ""})`
                    : ""}
                  .
                </p>
              ) : null}
              {b.weigeringsgrond ? (
                <p>
                  Reden van weigeren:{" "}
                  {lowerFirst(
                    WEIGERINGSGROND_LABELS[b.weigeringsgrond as keyof typeof WEIGERINGSGROND_LABELS] ??
                      b.weigeringsgrond,
                  )}
                  .
                </p>
              ) : null}
              {b.verwachteDatum ? <p>De raad verwacht te besluiten op {formatDutchDate(b.verwachteDatum)}.</p> : null}
              {b.corrigeertId ? <p>Dit besluit verbetert een eerder geregistreerd besluit.</p> : null}
              {b.moties.length > 0 ? (
                <ul aria-label="Moties en amendementen">
                  {b.moties.map((m) => (
                    <li key={m.id}>
                      {m.soort === "AMENDEMENT" ? "Amendement" : "Motie"} “{m.titel}” ({m.indiener}):{" "}
                      {UITKOMST[m.uitkomst] ?? m.uitkomst}
                      {m.stemmenVoor != null ? `, ${m.stemmenVoor} voor en ${m.stemmenTegen ?? 0} tegen` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * `compact` (the bounded regeling page, with the link to the complete page): per zienswijze how many points it has
 * and how many are answered instead of every point's text and answer (~2.5 kB each at national scale).
 */
export function ZienswijzeList({
  zienswijzen,
  level = 2,
  compact,
}: {
  zienswijzen: PublicZienswijze[];
  level?: 2 | 3;
  compact?: string;
}) {
  return (
    <section aria-labelledby="zienswijzen-kop">
      <Heading level={level} id="zienswijzen-kop">
        Zienswijzen van de raden
      </Heading>
      {zienswijzen.length === 0 ? (
        <Paragraph data-testid="geen-zienswijzen">Nog geen vastgestelde zienswijzen.</Paragraph>
      ) : (
        zienswijzen.map((z) => (
          <article key={z.id} className="grv-card" data-testid="zienswijze">
            <Heading level={(level + 1) as 3 | 4}>Zienswijze gemeenteraad {z.participant.gemeente.naam}</Heading>
            <p className="grv-muted">
              {zienswijzeDatesText(z)} — over{" "}
              <Link href={`/documenten/${z.documentVersion.document.id}`}>{z.documentVersion.document.titel}</Link>,{" "}
              {z.documentVersion.label}
            </p>
            {compact ? (
              <p data-testid="zienswijze-punten">
                {pointsText(z)} <Link href={compact}>Toon de punten en antwoorden</Link>
              </p>
            ) : (
              <ol className="grv-points">
                {z.points.map((p) => (
                  <li key={p.nummer}>
                    <p>
                      <strong>{p.onderwerp}</strong>
                      {p.article ? ` (artikel ${p.article.nummer})` : ""}: {p.tekst}
                    </p>
                    {p.antwoord || p.disposition ? (
                      <p className="grv-answer">
                        Antwoord
                        {p.disposition
                          ? ` — ${DISPOSITION_LABELS[p.disposition as keyof typeof DISPOSITION_LABELS]}`
                          : ""}
                        : {p.antwoord ?? ""}
                        {p.changedArticle ? ` (zie artikel ${p.changedArticle.nummer} in de nieuwe versie)` : ""}
                      </p>
                    ) : (
                      <p className="grv-muted">Nog geen antwoord.</p>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </article>
        ))
      )}
    </section>
  );
}

/** "3 punten, waarvan 2 beantwoord.": a zienswijze on the compact list. */
export function pointsText(z: Pick<PublicZienswijze, "points">): string {
  const n = z.points.length;
  if (n === 0) return "Geen punten.";
  const answered = z.points.filter((p) => p.antwoord || p.disposition).length;
  return `${n === 1 ? "1 punt" : `${n} punten`}, waarvan ${answered} beantwoord.`;
}
