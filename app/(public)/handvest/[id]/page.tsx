import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadDvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { publicKey } from "@/lib/services/public/keys";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { DvhOverviewView } from "@/components/dienstverleningshandvest/DvhOverviewView";

export const metadata: Metadata = { title: "Dienstverleningshandvest" };

/** Public: where the actualisatie of a Dienstverleningshandvest stands, per gemeente (no personal data). */
export default async function PublicHandvestPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const key = publicKey((await params).id);
  const o = key === null ? null : await read(loadDvhOverview, key);
  if (!o) notFound();
  return (
    <>
      <Heading level={1}>{o.titel}</Heading>
      <Paragraph>
        Onderdeel van <Link href={`/regelingen/${o.regeling.slug}`}>{o.regeling.naam}</Link>.
      </Paragraph>
      <DvhOverviewView overview={o} documentHref={`/documenten/${o.document.id}`} />
    </>
  );
}
