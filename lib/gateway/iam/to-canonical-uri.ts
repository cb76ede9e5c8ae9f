/**
 * The canonical URI of a SigV4 request to execute-api: the path as it was sent (stage first, still
 * percent-encoded), normalised as RFC 3986 says (empty and `.` segments dropped, `..` removing the
 * previous one, a trailing slash kept), then each segment URI-encoded once more. Encoding the sent path
 * again is the "encode twice" rule for services other than S3: `/dev/a b` is sent as `/dev/a%20b` and
 * signed as `/dev/a%2520b`, which is what AWS's SDK signers produce.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 */
import { uriEncode } from "./uri-encode";

export function toCanonicalUri(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  if (segments.length === 0) return "/";
  return `/${segments.map(uriEncode).join("/")}${path.endsWith("/") ? "/" : ""}`;
}
