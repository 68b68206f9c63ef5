import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

const RESOURCES = ["regelingen", "gemeenten", "documenten", "besluiten", "zienswijzen", "deadlines", "zoeken"] as const;

/** The API root: links to every resource and to the OpenAPI document. */
export const GET = readHandler(async (request: Request) =>
  jsonResponse(request, {
    naam: "GR-volg open API",
    _links: {
      self: { href: "/api/v1" },
      openapi: { href: "/api/v1/openapi.json" },
      ...Object.fromEntries(RESOURCES.map((r) => [r, { href: `/api/v1/${r}` }])),
    },
  }),
);
