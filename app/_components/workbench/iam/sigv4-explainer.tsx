/**
 * What AWS_IAM authorization on a method means for a caller.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv4-signed-request-examples.html
 */
import { Alert } from "@/app/_components/ui/alert";

export function SigV4Explainer() {
  return (
    <Alert>
      <div className="space-y-2">
        <p>
          A method with authorization <strong>AWS_IAM</strong> accepts only requests signed with{" "}
          <strong>Signature Version 4</strong>: the caller signs with an IAM access key (the secret never
          travels), service <code>execute-api</code> and the API&apos;s Region, and sends{" "}
          <code>
            Authorization: AWS4-HMAC-SHA256 Credential=AKIA…/20250310/us-east-1/execute-api/aws4_request,
            SignedHeaders=…, Signature=…
          </code>{" "}
          with <code>X-Amz-Date</code> (plus <code>X-Amz-Security-Token</code> for temporary credentials).
        </p>
        <p>
          API Gateway checks the signature, then the caller&apos;s identity policies (and the API&apos;s
          resource policy) for <code>execute-api:Invoke</code> on the method ARN{" "}
          <code>
            arn:aws:execute-api:us-east-1:123456789012:&lt;apiId&gt;/&lt;stage&gt;/&lt;METHOD&gt;/&lt;path&gt;
          </code>
          . Unsigned: 403 Missing Authentication Token. Bad signature: 403 with the signature mismatch
          message. Not allowed: 403 &quot;User: … is not authorized to perform: execute-api:Invoke&quot;.
        </p>
        <p className="text-xs">
          Sign with the AWS SDKs&apos; SigV4 signer, <code>awscurl</code>, or Postman&apos;s &quot;AWS
          Signature&quot; authorization, using a key created below.
        </p>
      </div>
    </Alert>
  );
}
