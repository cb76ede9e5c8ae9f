/**
 * `$util`: escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode, base64Decode (UTF-8). A null
 * argument gives null (nothing printed); another non-string argument is used in its printed form.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#util-template-reference
 */
import { base64Decode, base64Encode } from "./base64";
import { escapeJavaScript } from "./escape-java-script";
import { MappingTemplateRenderError } from "./mapping-template-errors";
import { toVtlString } from "./to-vtl-string";
import { urlDecode, urlEncode } from "./url-encoding";
import { BuiltinVariable } from "./velocity-values";

type StringFunction = (text: string) => unknown;

/** Wraps a String-to-X helper with Velocity's argument handling. */
function acceptingText(fn: StringFunction): (...args: unknown[]) => unknown {
  return (...args) => {
    if (args.length !== 1) return undefined;
    const [value] = args;
    return value === null || value === undefined ? undefined : fn(toVtlString(value));
  };
}

/** `$util.parseJson`: the result behaves like a `$input.path` result (maps print `{k=v}`, lists JSON). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MappingTemplateRenderError(`$util.parseJson: ${String(error)}`);
  }
}

/** `$util` holds no state, so every render shares one. */
export const UTIL_VARIABLE: BuiltinVariable = createUtilVariable();

function createUtilVariable(): BuiltinVariable {
  return new BuiltinVariable(
    {},
    {
      escapeJavaScript: acceptingText(escapeJavaScript),
      parseJson: acceptingText(parseJson),
      urlEncode: acceptingText(urlEncode),
      urlDecode: acceptingText(urlDecode),
      base64Encode: acceptingText(base64Encode),
      base64Decode: acceptingText(base64Decode),
    },
  );
}
