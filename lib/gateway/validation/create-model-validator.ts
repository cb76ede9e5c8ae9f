import Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv";
import type { Model } from "../control/types";
import { toModelUrl } from "./model-url";
import { toValidationErrorString } from "./to-validation-error-string";

export type BodyValidation = { valid: true } | { valid: false; validationErrorString: string };

const VALID: BodyValidation = Object.freeze({ valid: true });

/**
 * The request-body validator of one deployment: every model of the API registered under its canonical URL
 * (so `$ref`s between models resolve), each compiled once, on first use, then reused for every request.
 * JSON Schema draft 4, as API Gateway models are.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 */
export class ModelValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction | null>();
  private readonly unusable = new Set<string>();

  constructor(
    readonly apiId: string,
    models: readonly Model[],
  ) {
    // format is not asserted: AWS is reported to accept any string for `format: email` (3P, DEVIATIONS.md).
    // Schemas were checked against the draft-4 meta-schema when the model was created (checkModelSchema);
    // checking them again here would cost ~18 ms per deployment instead of ~1 ms.
    this.ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: false,
      validateFormats: false,
      validateSchema: false,
      logger: false,
    });
    for (const model of models) this.register(model);
  }

  /** Whether a model of this name exists and compiles. */
  hasModel(modelName: string): boolean {
    return this.compile(modelName) !== null;
  }

  /**
   * Validates a body against a model. A missing or empty body is validated as `{}` (so it fails an array
   * model or one with required properties, as AWS recorded, and passes the `Empty` model).
   */
  validateBody(modelName: string, body: string | Uint8Array | null | undefined): BodyValidation {
    const validate = this.compile(modelName);
    if (!validate) return invalid(`[Model ${JSON.stringify(modelName)} could not be resolved]`);
    const instance = parseBody(body);
    if (instance === UNPARSABLE) return invalid("[Unable to parse the request body as JSON]");
    if (validate(instance)) return VALID;
    return invalid(toValidationErrorString(validate.errors ?? []));
  }

  private register(model: Model): void {
    const url = toModelUrl(this.apiId, model.name);
    try {
      const parsed: unknown = JSON.parse(model.schema ?? "{}");
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new TypeError("not a schema");
      // Every model is read as draft 4 whatever its `$schema` says; the canonical URL becomes its id so
      // relative `#/definitions/...` refs resolve inside it.
      const { $schema: _declared, ...schema } = parsed as Record<string, unknown>;
      this.ajv.addSchema({ ...schema, id: url }, url);
    } catch {
      this.unusable.add(model.name);
    }
  }

  private compile(modelName: string): ValidateFunction | null {
    const cached = this.compiled.get(modelName);
    if (cached !== undefined) return cached;
    let validate: ValidateFunction | null = null;
    if (!this.unusable.has(modelName)) {
      try {
        validate = this.ajv.getSchema(toModelUrl(this.apiId, modelName)) ?? null;
      } catch {
        validate = null;
      }
    }
    this.compiled.set(modelName, validate);
    return validate;
  }
}

/** A validator over a deployment's models; compile-once caching lives in the returned object. */
export function createModelValidator(apiId: string, models: readonly Model[]): ModelValidator {
  return new ModelValidator(apiId, models);
}

const UNPARSABLE = Symbol("unparsable");
const utf8 = new TextDecoder();

function parseBody(body: string | Uint8Array | null | undefined): unknown {
  const text = typeof body === "string" ? body : body ? utf8.decode(body) : "";
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return UNPARSABLE;
  }
}

function invalid(validationErrorString: string): BodyValidation {
  return { valid: false, validationErrorString };
}
