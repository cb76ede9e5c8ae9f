import { beforeEach, describe, expect, it, vi } from "vitest";
import { mockedAuth, signInAs } from "../../helpers/session";
import { createUser } from "../../helpers/factories";
import { getUserByIdOrThrow } from "@/lib/data/users";

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const { PUT } = await import("@/app/api/admin/users/[id]/role/route");

const put = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  PUT(
    new Request(`http://localhost:3000/api/admin/users/${id}/role`, {
      method: "PUT",
      headers: {
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "content-type": "application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );

describe("PUT /api/admin/users/:id/role", () => {
  beforeEach(() => signInAs(null));

  it("returns 401 UNAUTHENTICATED when nobody is signed in", async () => {
    const target = await createUser();
    const res = await put(target.id, { role: "ADMIN" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  });

  it.each(["STUDENT", "INSTRUCTOR"] as const)(
    "returns 403 FORBIDDEN to a %s and changes nothing",
    async (role) => {
      const caller = await createUser(role);
      const target = await createUser();
      signInAs(caller);
      const res = await put(target.id, { role: "ADMIN" });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
      expect((await getUserByIdOrThrow(target.id)).role).toBe("STUDENT");
    },
  );

  it("lets an ADMIN change a role", async () => {
    const admin = await createUser("ADMIN");
    const target = await createUser();
    signInAs(admin);
    const res = await put(target.id, { role: "INSTRUCTOR" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user: { id: target.id, role: "INSTRUCTOR" } });
  });

  it("re-reads the role from the database, so a demoted admin is refused at once", async () => {
    const admin = await createUser("ADMIN");
    await createUser("ADMIN"); // keep another admin so the demotion is allowed
    const target = await createUser();
    signInAs(admin);
    const { setRoleDirectly } = await import("../../helpers/db-admin");
    await setRoleDirectly(admin.id, "STUDENT");
    expect((await put(target.id, { role: "ADMIN" })).status).toBe(403);
  });

  it("returns 400 with a field message for an unknown role", async () => {
    signInAs(await createUser("ADMIN"));
    const res = await put((await createUser()).id, { role: "ROOT" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields.role?.[0]).toContain("STUDENT, INSTRUCTOR, ADMIN");
  });

  it("returns 400 for malformed JSON and 415 for a non-JSON body", async () => {
    signInAs(await createUser("ADMIN"));
    const id = (await createUser()).id;
    expect((await put(id, '{"role":')).status).toBe(400);
    expect(
      (await put(id, "role=ADMIN", { "content-type": "application/x-www-form-urlencoded" })).status,
    ).toBe(415);
  });

  it("refuses a cross-site request with 403 CSRF_REJECTED before doing anything", async () => {
    const admin = await createUser("ADMIN");
    const target = await createUser();
    signInAs(admin);
    const res = await put(target.id, { role: "ADMIN" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("CSRF_REJECTED");
    expect((await getUserByIdOrThrow(target.id)).role).toBe("STUDENT");
  });

  it("returns 404 for an unknown user id", async () => {
    signInAs(await createUser("ADMIN"));
    expect((await put("does-not-exist", { role: "ADMIN" })).status).toBe(404);
  });
});
