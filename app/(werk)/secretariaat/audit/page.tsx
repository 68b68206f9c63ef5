import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { listGemeenteChoices } from "@/lib/read-models/audit";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { AuditFilterForm, type AuditFilterValues } from "@/components/audit/AuditFilterForm";
import { AuditTable } from "@/components/audit/AuditTable";
import { ChainStatus } from "@/components/audit/ChainStatus";
import { AUDIT_FILTER_FIELDS, queryRecord } from "@/lib/validation/audit";
import { auditActorChoices, listAuditEvents } from "@/lib/services/audit-view";
import { verifyAuditChain } from "@/lib/services/audit-verify";
import { latestCheckpointStatus } from "@/lib/services/audit-checkpoint";
import { resolveCheckpointKey } from "@/lib/services/audit-checkpoint-key";
import { SecretariaatNav } from "../nav";

export const metadata: Metadata = { title: "Auditlogboek" };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The audit trail: filter, page through (newest first), export as CSV and check the hash chain. */
export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const user = await currentUser();
  if (!user) redirect("/inloggen?callbackUrl=%2Fsecretariaat%2Faudit");
  const subject = { role: user.role, gemeenteId: user.gemeenteId };
  const raw = queryRecord(await searchParams);
  const page = await read(listAuditEvents, subject, raw);
  const showNav = can(subject, "secretariaat.bekijken").allowed;

  if (!page.ok && !page.fieldErrors) {
    return (
      <>
        <Heading level={1}>Geen toegang</Heading>
        <Alert type="warning">{page.message}</Alert>
        <Paragraph>
          Het auditlogboek is voor het regionaal secretariaat, de beheerder en de griffie. Ga naar{" "}
          <a href="/werkruimte">uw werkruimte</a> of naar het <a href="/">openbare overzicht</a>.
        </Paragraph>
      </>
    );
  }

  const values: AuditFilterValues = Object.fromEntries(
    AUDIT_FILTER_FIELDS.flatMap((k) => (raw[k] ? [[k, raw[k]]] : [])),
  );
  const filterQuery = new URLSearchParams(Object.entries(values) as [string, string][]);
  const withQuery = (path: string, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(filterQuery);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  const scoped = page.ok ? page.scopedTo : null;
  const gemeenten = scoped ? null : await read(listGemeenteChoices);
  const actors = page.ok ? await read(auditActorChoices, page.scopedTo) : [];
  const chain = raw.keten === "controleren" ? await read(verifyAuditChain) : null;
  const checkpoint = await read(latestCheckpointStatus, resolveCheckpointKey().key);

  return (
    <>
      <Heading level={1}>Auditlogboek</Heading>
      {showNav ? <SecretariaatNav current="/secretariaat/audit" /> : null}
      <Paragraph>
        Elke wijziging in GR-volg staat hier: wie, wat, wanneer en voor welke gemeente. Niemand kan een gebeurtenis
        wijzigen of verwijderen; elke gebeurtenis is met een hash aan de vorige gekoppeld.
      </Paragraph>
      {scoped ? <Alert type="info">U ziet alleen gebeurtenissen van de gemeente {scoped.naam}.</Alert> : null}

      <ChainStatus result={chain} checkpoint={checkpoint} />

      <Heading level={2}>Filters</Heading>
      <AuditFilterForm
        values={values}
        errors={page.ok ? {} : (page.fieldErrors ?? {})}
        gemeenten={gemeenten}
        actors={actors}
      />

      <Heading level={2}>Gebeurtenissen</Heading>
      {!page.ok ? (
        <Alert type="error">{page.fieldErrors?.na ?? "Pas de filters aan; er is nog niets gezocht."}</Alert>
      ) : (
        <>
          <Paragraph>
            <a href={withQuery("/secretariaat/audit/export")}>Download deze gebeurtenissen als CSV</a> (alle
            pagina&apos;s, puntkomma-gescheiden)
          </Paragraph>
          {page.events.length === 0 ? (
            <Paragraph data-testid="geen-gebeurtenissen">
              Er zijn geen gebeurtenissen die bij deze filters passen.
            </Paragraph>
          ) : (
            <AuditTable events={page.events} />
          )}
          <nav aria-label="Pagina's" className="grv-list">
            {page.query.na ? <a href={withQuery("/secretariaat/audit")}>Naar de nieuwste gebeurtenissen</a> : null}
            {page.query.na && page.next ? " · " : null}
            {page.next ? <a href={withQuery("/secretariaat/audit", { na: page.next })}>Oudere gebeurtenissen</a> : null}
          </nav>
        </>
      )}
    </>
  );
}
