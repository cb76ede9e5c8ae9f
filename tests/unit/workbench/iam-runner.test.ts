import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { AppError } from "@/lib/errors";
import { IAM_OPERATIONS, iamRunner } from "@/lib/workbench/iam-runner";

const engine = () =>
  createGatewaySandbox({
    clock: new VirtualClock(Date.UTC(2026, 0, 2)),
    random: new SeededRandom(5),
    withoutLambda: true,
  });

describe("iamRunner", () => {
  it("answers in IAM's response shapes with ISO dates", async () => {
    const sandbox = await engine();
    const created = iamRunner.run(sandbox, "createUser", { UserName: "ci-bot", Path: "/ci/" }) as {
      User: object;
    };
    expect(created.User).toEqual({
      UserName: "ci-bot",
      UserId: expect.stringMatching(/^AIDA/),
      Arn: "arn:aws:iam::123456789012:user/ci/ci-bot",
      Path: "/ci/",
      CreateDate: "2026-01-02T00:00:00.000Z",
    });
    const role = iamRunner.run(sandbox, "createRole", { RoleName: "reader", MaxSessionDuration: 7200 });
    expect(role).toMatchObject({ Role: { RoleName: "reader", MaxSessionDuration: 7200 } });
    iamRunner.run(sandbox, "putRolePolicy", {
      RoleName: "reader",
      PolicyName: "read",
      PolicyDocument:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"execute-api:Invoke","Resource":"*"}]}',
    });
    expect(iamRunner.run(sandbox, "listRolePolicies", { RoleName: "reader" })).toEqual({
      PolicyNames: ["read"],
    });
  });

  it("refuses a misspelt member or a missing one with field errors under input.", async () => {
    const sandbox = await engine();
    let thrown: unknown;
    try {
      iamRunner.run(sandbox, "createAccessKey", { userName: "x" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).fields).toEqual({
      input: ['Unrecognized key: "userName"'],
      "input.UserName": ["UserName is required."],
    });
  });

  it("lists the operations the brief names", () => {
    expect(IAM_OPERATIONS).toEqual(
      expect.arrayContaining([
        "createUser",
        "createAccessKey",
        "listUsers",
        "listAccessKeys",
        "deleteAccessKey",
        "updateAccessKey",
        "putUserPolicy",
        "deleteUser",
        "createRole",
      ]),
    );
  });
});
