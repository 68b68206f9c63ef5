import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { listPublicGemeenten } from "@/lib/services/public/gemeenten";

export const metadata: Metadata = { title: "Gemeenten" };

export default async function GemeentenPage() {
  await connection();
  const gemeenten = await read(listPublicGemeenten);
  return (
    <>
      <Heading level={1}>Gemeenten</Heading>
      <Paragraph>Kies een gemeente. U ziet dan wat de gemeenteraad al heeft besloten en wat nog komt.</Paragraph>
      <ul className="grv-list">
        {gemeenten.map((g) => (
          <li key={g.id}>
            <Link href={`/gemeenten/${g.slug}`}>{g.naam}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
