/**
 * Which token a COGNITO_USER_POOLS authorizer wants: the ID token when the method has no OAuth scopes, an access
 * token holding one of them when it has.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html
 */
export function TokenHint() {
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3 text-xs text-slate-700 dark:bg-slate-950 dark:text-slate-300">
      <p>
        <strong>Calling an API with a Cognito authorizer:</strong> send the <strong>ID token</strong> as the
        value of the authorizer&apos;s identity source header, usually{" "}
        <code>Authorization: &lt;ID token&gt;</code>, when the method has no authorization scopes. The
        authorizer checks the signature, the expiry and the app client, and passes the claims to the backend
        as <code>$context.authorizer.claims</code>.
      </p>
      <p>
        When the method lists <strong>OAuth scopes</strong>, send an <strong>access token</strong> holding one
        of them instead. A password sign-in&apos;s access token only has{" "}
        <code>aws.cognito.signin.user.admin</code>; custom resource-server scopes come from the OAuth 2.0
        token endpoint (authorization code or client credentials).
      </p>
    </div>
  );
}
