/**
 * API Gateway's own extensions the import does not apply are reported as warnings, not errors, the way
 * AWS reports minor issues [DOC import errors and warnings]; other `x-` fields are the author's own.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 */
export function warnUnsupportedExtensions(
  object: Record<string, unknown>,
  supported: readonly string[],
  location: string,
  warnings: string[],
): void {
  for (const key of Object.keys(object)) {
    if (key.startsWith("x-amazon-apigateway-") && !supported.includes(key)) {
      warnings.push(`${location}.${key}: extension not supported for REST APIs by this simulator; ignored`);
    }
  }
}
