/**
 * The prelude, installed in a context, seen from the host: the glue functions the host drives (load the module,
 * invoke, fire a timer, complete an AWS call) and the mailbox where the guest posts an invocation's outcome.
 */
import type { QuickJSContext, QuickJSHandle } from "quickjs-emscripten";
import { createHostBridge, type HostBridgeHandlers } from "./create-host-bridge";
import { SettleKind } from "./execution-phase";
import {
  GLUE_FUNCTIONS,
  type GlueFunctionName,
  PRELUDE_FILE_NAME,
  PRELUDE_SOURCE,
} from "./guest/prelude-source";
import type { PreludeSetup } from "./guest/prelude-source";

const SETTLE_KINDS: readonly SettleKind[] = Object.values(SettleKind);

export interface PostedOutcome {
  readonly kind: SettleKind;
  readonly payload: string;
}

export class PreludeGlue {
  // The mailbox is read after every guest entry: keys passed as strings would be new guest strings on every read.
  private readonly kindKey: QuickJSHandle;
  private readonly payloadKey: QuickJSHandle;
  private readonly emptyKind: QuickJSHandle;

  private constructor(
    private readonly context: QuickJSContext,
    private readonly functions: ReadonlyMap<GlueFunctionName, QuickJSHandle>,
    private readonly mailbox: QuickJSHandle,
  ) {
    this.kindKey = context.newString("kind");
    this.payloadKey = context.newString("payload");
    this.emptyKind = context.newNumber(-1);
  }

  /** Evaluates the prelude in `context`. Throws (QuickJSUnwrapError) when the guest cannot even run it. */
  static install(context: QuickJSContext, handlers: HostBridgeHandlers, setup: PreludeSetup): PreludeGlue {
    const prelude = context.unwrapResult(
      context.evalCode(PRELUDE_SOURCE, PRELUDE_FILE_NAME, { type: "global" }),
    );
    const bridge = createHostBridge(context, handlers);
    const setupJson = context.newString(JSON.stringify(setup));
    const result = context.callFunction(prelude, context.undefined, bridge, setupJson);
    for (const handle of [prelude, bridge, setupJson]) handle.dispose();
    const glue = context.unwrapResult(result);
    const functions = new Map(GLUE_FUNCTIONS.map((name) => [name, context.getProp(glue, name)] as const));
    const mailbox = context.getProp(glue, "mailbox");
    glue.dispose();
    return new PreludeGlue(context, functions, mailbox);
  }

  get(name: GlueFunctionName): QuickJSHandle | undefined {
    return this.functions.get(name);
  }

  /** Reads and empties the mailbox: a property read costs far less than a guest-to-host call. */
  takeOutcome(): PostedOutcome | undefined {
    const ctx = this.context;
    const kindHandle = ctx.getProp(this.mailbox, this.kindKey);
    const kindNumber = ctx.getNumber(kindHandle);
    kindHandle.dispose();
    const kind = SETTLE_KINDS.find((k) => k === kindNumber);
    if (kind === undefined) return undefined;
    const payloadHandle = ctx.getProp(this.mailbox, this.payloadKey);
    const payload = ctx.getString(payloadHandle);
    payloadHandle.dispose();
    ctx.setProp(this.mailbox, this.kindKey, this.emptyKind);
    return { kind, payload };
  }

  dispose(): void {
    for (const handle of this.functions.values()) handle.dispose();
    for (const handle of [this.mailbox, this.kindKey, this.payloadKey, this.emptyKind]) handle.dispose();
  }
}
