import { importJWK } from "jose";
import type { SigningKeyRecord } from "./user-pool-state";

/**
 * Private keys imported once per `kid`: the state keeps keys as JWK (JSON), WebCrypto signs with a CryptoKey,
 * and importing on every sign-in would cost more than the signature.
 */
export class SigningKeyCache {
  private readonly keys = new Map<string, Promise<CryptoKey>>();

  /** Records a key just generated, so it is never imported back from its JWK. */
  remember(kid: string, privateKey: CryptoKey): void {
    this.keys.set(kid, Promise.resolve(privateKey));
  }

  privateKeyOf(record: SigningKeyRecord): Promise<CryptoKey> {
    let key = this.keys.get(record.kid);
    if (key === undefined) {
      key = importJWK(record.privateJwk, "RS256") as Promise<CryptoKey>;
      this.keys.set(record.kid, key);
    }
    return key;
  }
}
