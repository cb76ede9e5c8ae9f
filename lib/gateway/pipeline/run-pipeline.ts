/**
 * Runs the data plane: an ordered list of small named stages over one InvocationContext. A cache hit ends
 * the request early; later stages skip their work once a response exists (proxy integrations); any GatewayError becomes the gateway response
 * the API's configuration asks for; anything else is an engine fault, answered as AWS answers its own
 * faults (500) and written to the trace so it can be found.
 */
import { ApiConfigurationError, ContentLengthExceededError, GatewayError } from "../errors";
import type { InvocationContext } from "./context";
import type { GatewayHttpResponse } from "./request";
import type { StageName } from "./trace";
import { traceStage } from "./trace";

export interface PipelineStage {
  readonly name: StageName;
  run(ctx: InvocationContext): void | Promise<void>;
  /** The trace line for a stage that ran without writing one (so every stage shows in the trace). */
  quietLine?(ctx: InvocationContext): string;
}

export type GatewayErrorRenderer = (ctx: InvocationContext, error: GatewayError) => GatewayHttpResponse;

function contentLengthResponse(error: ContentLengthExceededError): GatewayHttpResponse {
  return { statusCode: error.status, headers: [["Content-Type", error.contentType]], body: error.body };
}

export async function runPipeline(
  ctx: InvocationContext,
  stages: readonly PipelineStage[],
  renderError: GatewayErrorRenderer,
): Promise<GatewayHttpResponse> {
  try {
    for (const stage of stages) {
      const before = ctx.trace.length;
      const pending = stage.run(ctx);
      if (pending) await pending; // most stages are synchronous: skip the microtask when they are
      if (ctx.trace.length === before && stage.quietLine) traceStage(ctx, stage.name, stage.quietLine(ctx));
      if (ctx.cache?.hit) return ctx.response!;
    }
    if (!ctx.response) throw new Error("the pipeline ended without a response");
    return ctx.response;
  } catch (thrown) {
    if (thrown instanceof ContentLengthExceededError) return (ctx.response = contentLengthResponse(thrown));
    let error: GatewayError;
    if (thrown instanceof GatewayError) error = thrown;
    else {
      const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
      traceStage(
        ctx,
        "renderGatewayResponse",
        `Execution failed due to an internal error: ${detail}`,
      ).decisive = true;
      error = new ApiConfigurationError(detail);
    }
    ctx.error = error;
    return (ctx.response = renderError(ctx, error));
  }
}
