/**
 * Memoised keys built from a resource path and a method (`pets/GET`, `/pets/GET`). Looking up a settings
 * record with a freshly concatenated string costs several times the lookup itself (the string must be
 * flattened and hashed each time); a memoised key is hashed once. Bounded: cleared past `maxPaths`.
 */
export class MethodKeyMemo {
  private readonly keys = new Map<string, Map<string, string>>();

  constructor(
    private readonly build: (resourcePath: string, httpMethod: string) => string,
    private readonly maxPaths = 10_000,
  ) {}

  get(resourcePath: string, httpMethod: string): string {
    let byMethod = this.keys.get(resourcePath);
    if (byMethod === undefined) {
      if (this.keys.size >= this.maxPaths) this.keys.clear();
      byMethod = new Map();
      this.keys.set(resourcePath, byMethod);
    }
    let key = byMethod.get(httpMethod);
    if (key === undefined) {
      key = this.build(resourcePath, httpMethod);
      byMethod.set(httpMethod, key);
    }
    return key;
  }
}
