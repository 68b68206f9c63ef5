export const dynamic = "force-dynamic";

/** An empty server-rendered page: the first-load JavaScript Next.js + React send for any App Router page. */
export default function Page() {
  return <p>Lege pagina</p>;
}
