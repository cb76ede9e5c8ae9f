import { describe, expect, it } from "vitest";
import {
  toAwsConfigFiles,
  toEnvironmentSnippet,
  toProfileName,
  toSandboxEndpoints,
} from "@/app/profile/aws-config-snippets";

const endpoints = toSandboxEndpoints("https://gatewise.example", "cm123");
const input = { profile: "gatewise-demo", endpoints, accessKeyId: "AKIAEXAMPLE", secretAccessKey: null };

describe("the profile's AWS configuration examples", () => {
  it("points each service at the sandbox's own endpoint", () => {
    expect(endpoints).toEqual({
      apigateway: "https://gatewise.example/aws/cm123/apigateway",
      lambda: "https://gatewise.example/aws/cm123/lambda",
    });
    expect(toEnvironmentSnippet({ ...input, secretAccessKey: "s3cr3t" })).toBe(`export AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=AKIAEXAMPLE
export AWS_SECRET_ACCESS_KEY=s3cr3t
export AWS_ENDPOINT_URL_API_GATEWAY=https://gatewise.example/aws/cm123/apigateway
export AWS_ENDPOINT_URL_LAMBDA=https://gatewise.example/aws/cm123/lambda
`);
  });

  it("never prints a secret it was not given", () => {
    const files = toAwsConfigFiles(input);
    expect(files).toContain("aws_secret_access_key = <click Show to reveal>");
    expect(files).toContain(
      "[services gatewise-demo]\napi_gateway =\n  endpoint_url = https://gatewise.example/aws/cm123/apigateway",
    );
  });

  it("derives a profile name from the sandbox name", () => {
    expect(toProfileName("My API: v1")).toBe("gatewise-my-api-v1");
    expect(toProfileName("???")).toBe("gatewise-sandbox");
  });
});
