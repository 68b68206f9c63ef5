import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadDvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { DvhOverviewView } from "@/components/dienstverleningshandvest/DvhOverviewView";
import { DvhBosdForm, DvhStartForm } from "@/components/dienstverleningshandvest/DvhForms";
import { Geweigerd } from "../../Geweigerd";
import { requireSecretariaat } from "../../guard";
import { dvhBosdAction, dvhStartAction } from "../actions";

export const metadata: Metadata = { title: "Dienstverleningshandvest — secretariaat" };

/** The secretariat's screen of a handvest actualisatie: start it with a new text, record the BOSD's akkoord. */
export default async function SecretariaatHandvestPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireSecretariaat(`/secretariaat/handvest/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const o = await read(loadDvhOverview, id);
  if (!o) notFound();
  const common = { procedureId: o.procedureId, expectedVersion: o.version };
  return (
    <>
      <p>
        <a href="/secretariaat">← Terug naar het secretariaat</a>
      </p>
      <Heading level={1}>{o.titel}</Heading>
      <DvhOverviewView
        overview={o}
        documentHref={
          o.concept && o.previousNumber
            ? `/secretariaat/documenten/${o.document.id}/verschil?van=${o.previousNumber}&naar=${o.concept.number}`
            : `/documenten/${o.document.id}`
        }
      />
      {o.partOfRegeling ? null : o.status === "nieuw" ? (
        <section aria-labelledby="dvh-start-titel">
          <Paragraph>
            Start de actualisatie met de nieuwe tekst. Die wordt een nieuwe versie van het handvest; de vorige versie
            blijft bewaard, zodat iedereen het verschil kan zien.
          </Paragraph>
          <DvhStartForm key={`s-${o.version}`} {...common} action={dvhStartAction} />
        </section>
      ) : o.status === "concept_opgesteld" ? (
        <section aria-labelledby="dvh-bosd-titel">
          <DvhBosdForm key={`b-${o.version}`} {...common} action={dvhBosdAction} />
        </section>
      ) : null}
    </>
  );
}
