import { searchRoute } from "@/lib/api/search";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = searchRoute;
