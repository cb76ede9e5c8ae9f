/** Lets a test choose who is signed in: the mocked `auth()` of lib/auth returns this user's session. */
let currentUserId: string | null = null;

export function signInAs(user: { id: string } | null): void {
  currentUserId = user?.id ?? null;
}

export async function mockedAuth() {
  return currentUserId
    ? { user: { id: currentUserId, role: "STUDENT" }, expires: "2099-01-01T00:00:00.000Z" }
    : null;
}
