/**
 * The `iss` of a pool's tokens: `https://cognito-idp.{region}.amazonaws.com/{userPoolId}`, the Region being the
 * pool id's prefix.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 */
export function toUserPoolIssuer(userPoolId: string): string {
  const region = userPoolId.slice(0, userPoolId.indexOf("_"));
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}
