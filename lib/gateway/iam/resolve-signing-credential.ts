/**
 * The credential behind a signature's access key id, with its session checks: an unknown or inactive key
 * (or one whose user or role is gone) is an invalid security token; so is a long-term key sent with a
 * session token, or temporary credentials sent without theirs or with another; temporary credentials past
 * their expiration are an expired token.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 */
import type { CredentialResolver, ResolvedCredential } from "./credential-resolver";
import type { IamPrincipal } from "./iam-principal";
import { ExpiredTokenError, InvalidSecurityTokenError } from "./iam-errors";
import { timingSafeEqual } from "./timing-safe-equal";

export type SigningCredential = ResolvedCredential & { readonly principal: IamPrincipal };

export function resolveSigningCredential(
  resolver: CredentialResolver,
  accessKeyId: string,
  securityToken: string | undefined,
  now: number,
): SigningCredential {
  const credential = resolver.findCredential(accessKeyId);
  if (!credential || credential.status !== "Active" || !credential.principal)
    throw new InvalidSecurityTokenError();
  if (credential.kind === "long-term") {
    if (securityToken !== undefined && securityToken !== "") throw new InvalidSecurityTokenError();
  } else {
    const token = credential.sessionToken ?? "";
    if (securityToken === undefined || !timingSafeEqual(token, securityToken))
      throw new InvalidSecurityTokenError();
    if (now >= (credential.expiration ?? 0) * 1000) throw new ExpiredTokenError();
  }
  return { ...credential, principal: credential.principal };
}
