import { describe, expect, it } from "vitest";
import { AWS_SDK_CLIENTS } from "@/lib/gateway/runtime";
import { listBuiltinExports, toBuiltinEsmSource } from "@/lib/gateway/runtime/builtin-modules";
import { createHarness, payloadOf } from "./runtime-harness";

const MODULES = [
  ...Object.keys(AWS_SDK_CLIENTS),
  "@aws-sdk/lib-dynamodb",
  "@aws-sdk/util-dynamodb",
  "crypto",
  "node:crypto",
];

describe("built-in modules", () => {
  it("lists, for every module `import` can load, exactly the names the guest shim exports", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async (event) => event.names.map((name) => Object.keys(require(name)).sort());`,
    );
    const guestKeys = payloadOf(await h.invoke("fn", { names: MODULES })) as string[][];
    expect(guestKeys).toEqual(MODULES.map((name) => [...(listBuiltinExports(name) ?? [])].sort()));
  });

  it("re-exports a shim as an ES module with named and default exports", () => {
    expect(toBuiltinEsmSource("crypto")).toBe(
      [
        'const m = __gatewiseBuiltin("crypto");',
        "export const randomUUID = m.randomUUID;",
        "export const getRandomValues = m.getRandomValues;",
        "export const randomInt = m.randomInt;",
        "export default m;",
      ].join("\n"),
    );
    expect(toBuiltinEsmSource("fs")).toBeUndefined();
  });

  it("imports every client module as an ES module", async () => {
    const h = await createHarness();
    const imports = Object.entries(AWS_SDK_CLIENTS).map(
      ([name, spec], i) => `import { ${spec.client} as C${i} } from "${name}";`,
    );
    h.deploy(
      `${imports.join("\n")}\nexport const handler = async () => [${imports.map((_, i) => `typeof new C${i}({}).send`).join(", ")}];`,
    );
    expect(payloadOf(await h.invoke())).toEqual(Object.keys(AWS_SDK_CLIENTS).map(() => "function"));
  });
});
