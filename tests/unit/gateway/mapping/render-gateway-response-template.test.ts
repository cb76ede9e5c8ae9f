import { describe, expect, it } from "vitest";
import { renderGatewayResponseTemplate } from "@/lib/gateway/mapping";

const DEFAULT_TEMPLATE = '{"message":$context.error.messageString}';

describe("renderGatewayResponseTemplate", () => {
  it('renders the default template as {"message":"Missing Authentication Token"}', () => {
    const body = renderGatewayResponseTemplate(DEFAULT_TEMPLATE, {
      context: { error: { message: "Missing Authentication Token" } },
    });
    expect(body).toBe('{"message":"Missing Authentication Token"}');
  });

  it('renders a null message as {"message":null} (16 bytes)', () => {
    const body = renderGatewayResponseTemplate(DEFAULT_TEMPLATE, { context: { error: { message: null } } });
    expect(body).toBe('{"message":null}');
    expect(body).toHaveLength(16);
  });

  it("quotes and escapes the message as JSON", () => {
    const body = renderGatewayResponseTemplate(DEFAULT_TEMPLATE, {
      context: { error: { message: 'say "hi"' } },
    });
    expect(JSON.parse(body)).toEqual({ message: 'say "hi"' });
  });

  it("uses a messageString the pipeline already put in $context as it is", () => {
    const body = renderGatewayResponseTemplate(DEFAULT_TEMPLATE, {
      context: { error: { message: "Unauthorized", messageString: '"Unauthorized"' } },
    });
    expect(body).toBe('{"message":"Unauthorized"}');
  });

  it("substitutes $context and $stageVariables in the docs' custom template, leaving VTL syntax alone", () => {
    const template =
      '{"message": $context.error.messageString, "type": "$context.error.responseType", ' +
      '"stage": "$context.stage", "resourcePath": "$context.resourcePath", "a": "$stageVariables.a", ' +
      '"statusCode": "\'404\'"}#if($x)kept#end';
    const body = renderGatewayResponseTemplate(template, {
      context: {
        stage: "dev",
        resourcePath: "/pets",
        error: { message: "Missing Authentication Token", responseType: "MISSING_AUTHENTICATION_TOKEN" },
      },
      stageVariables: { a: "A" },
    });
    expect(body).toBe(
      '{"message": "Missing Authentication Token", "type": "MISSING_AUTHENTICATION_TOKEN", "stage": "dev", ' +
        '"resourcePath": "/pets", "a": "A", "statusCode": "\'404\'"}#if($x)kept#end',
    );
  });

  it("renders a variable with no value as nothing and stops a name at the first non-name character", () => {
    expect(
      renderGatewayResponseTemplate("[$context.nope][$stageVariables.nope][$context.stage.]", {
        context: { stage: "dev" },
      }),
    ).toBe("[][][dev.]");
  });
});
