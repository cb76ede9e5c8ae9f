import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";

/** The signed-in user (401 JSON error when signed out). */
export const GET = apiRoute(async () => json({ user: await requireRole() }));
