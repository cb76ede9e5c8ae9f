import type { MethodSetting } from "../control/types";
import { MethodKeyMemo } from "./method-key-memo";

/** The stage-wide default entry of `methodSettings`. */
export const STAGE_DEFAULT_SETTINGS_KEY = "*/*";

export interface MethodSettingsMatch {
  /** The key of the method's own entry (`pets/{id}/GET`), whether or not it exists. */
  readonly key: string;
  /** The method's own entry: it wins over the stage default. */
  readonly specific?: MethodSetting;
  /** The `*` + `/` + `*` entry. */
  readonly stageDefault?: MethodSetting;
}

/**
 * The stage `methodSettings` entries that apply to one method: its own `<resourcePath>/<METHOD>` entry
 * (resource path without its leading slash) over the stage default.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html
 */
export function findMethodSettings(
  methodSettings: Readonly<Record<string, MethodSetting>> | undefined,
  resourcePath: string,
  httpMethod: string,
): MethodSettingsMatch {
  const key = toMethodSettingsKey(resourcePath, httpMethod);
  if (!methodSettings) return { key };
  // The root resource's key is `/GET` by the rule above; patch paths escape that slash as `~1`, so a
  // control plane may also have stored it as `~1/GET` (unverified which AWS shows).
  const specific =
    methodSettings[key] ?? (resourcePath === "/" ? methodSettings[`~1/${httpMethod}`] : undefined);
  return { key, specific, stageDefault: methodSettings[STAGE_DEFAULT_SETTINGS_KEY] };
}

const settingsKeys = new MethodKeyMemo((resourcePath, httpMethod) => {
  const path = resourcePath.startsWith("/") ? resourcePath.slice(1) : resourcePath;
  return `${path}/${httpMethod.toUpperCase()}`;
});

/** `/pets/{id}` + `GET` gives `pets/{id}/GET`. */
export function toMethodSettingsKey(resourcePath: string, httpMethod: string): string {
  return settingsKeys.get(resourcePath, httpMethod);
}
