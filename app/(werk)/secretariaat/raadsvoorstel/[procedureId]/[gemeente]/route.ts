import { raadsvoorstelRoute } from "../../../document-routes";

export const dynamic = "force-dynamic";

export const GET = raadsvoorstelRoute("docx");
