import { notaRoute } from "../../../../document-routes";

export const dynamic = "force-dynamic";

export const GET = notaRoute("pdf");
