/**
 * What SigV4 verification and identity-policy evaluation need from an IAM store, as two small
 * interfaces: the secret (and session) behind an access key id, and the identity policies of a principal.
 * IamStore implements both; tests and other stores can too.
 */
import type { IamPrincipal } from "./iam-principal";
import type { PolicyDocument } from "./policy-document";

export interface ResolvedCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly kind: "long-term" | "temporary";
  readonly status: "Active" | "Inactive";
  /** Temporary credentials: the token the request must carry. */
  readonly sessionToken?: string;
  /** Temporary credentials: epoch seconds. */
  readonly issuedAt?: number;
  readonly expiration?: number;
  /** Undefined when the user or role behind the key no longer exists. */
  readonly principal: IamPrincipal | undefined;
}

export interface CredentialResolver {
  findCredential(accessKeyId: string): ResolvedCredential | undefined;
}

export interface IdentityPolicySource {
  /** The identity-based policies that apply to `principal` (a user's, or the assumed role's). */
  identityPoliciesOf(principal: IamPrincipal): readonly PolicyDocument[];
}
