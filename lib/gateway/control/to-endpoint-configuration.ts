import { BadRequestException } from "./api-gateway-error";
import type { CreateRestApiInput } from "./api-inputs";
import type { EndpointType, IpAddressType, RestApi } from "./types";
import { enumViolation } from "./validation-errors";

export const ENDPOINT_TYPES: readonly EndpointType[] = ["PRIVATE", "EDGE", "REGIONAL"];
export const IP_ADDRESS_TYPES: readonly IpAddressType[] = ["ipv4", "dualstack"];

type EndpointConfigurationInput = CreateRestApiInput["endpointConfiguration"];

/**
 * Smithy-level violations of an endpoint configuration (checked before any business rule)
 * [REC LS:test_apigateway_api::test_create_rest_api_with_endpoint_configuration].
 */
export function endpointConfigurationViolations(input: EndpointConfigurationInput): string[] {
  const violations: string[] = [];
  const types = input?.types ?? [];
  if (types.some((type) => !(ENDPOINT_TYPES as readonly string[]).includes(type))) {
    violations.push(
      `Value '[${types.join(", ")}]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy ` +
        `constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${ENDPOINT_TYPES.join(", ")}]]`,
    );
  }
  const ipAddressType = input?.ipAddressType;
  if (ipAddressType !== undefined && !(IP_ADDRESS_TYPES as readonly string[]).includes(ipAddressType)) {
    violations.push(
      enumViolation(
        ipAddressType,
        "createRestApiInput.endpointConfiguration.ipAddressType",
        IP_ADDRESS_TYPES,
      ),
    );
  }
  return violations;
}

/**
 * The endpoint configuration a new API gets: EDGE when none is given, `ipv4` except for PRIVATE APIs,
 * which default to and accept only `dualstack` [REC test_create_rest_api_verify_defaults, _private_type].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_EndpointConfiguration.html
 */
export function toEndpointConfiguration(input: EndpointConfigurationInput): RestApi["endpointConfiguration"] {
  const types = (input?.types ?? ["EDGE"]) as EndpointType[];
  if (types.length === 0) {
    throw new BadRequestException("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
  }
  if (types.length > 1) throw new BadRequestException("Cannot create an api with multiple Endpoint Types.");
  const isPrivate = types[0] === "PRIVATE";
  const ipAddressType = (input?.ipAddressType ?? (isPrivate ? "dualstack" : "ipv4")) as IpAddressType;
  assertIpAddressTypeAllowed(types, ipAddressType);
  const configuration: RestApi["endpointConfiguration"] = { types: [...types], ipAddressType };
  if (input?.vpcEndpointIds?.length) configuration.vpcEndpointIds = [...input.vpcEndpointIds];
  return configuration;
}

/** PRIVATE APIs are reachable over dual-stack only [REC]. */
export function assertIpAddressTypeAllowed(
  types: readonly EndpointType[],
  ipAddressType: IpAddressType,
): void {
  if (types.includes("PRIVATE") && ipAddressType !== "dualstack") {
    throw new BadRequestException("Only dualstack ipAddressType is supported for Private APIs.");
  }
}
