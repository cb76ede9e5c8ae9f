import type { RoleName } from "@/lib/schemas/account";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: RoleName; email?: string | null; name?: string | null; image?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: RoleName;
    roleCheckedAt?: number;
  }
}
