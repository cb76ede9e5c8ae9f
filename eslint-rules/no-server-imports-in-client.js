/**
 * Client components ("use client") must never import server-only modules: the database client,
 * the domain functions over it, or the auth configuration (which holds secrets and Prisma).
 * See ../shared/design/ARCHITECTURE.md, "Dependency rules".
 */
const FORBIDDEN = /^(@\/|(\.\.\/)+)lib\/(data(\/.*)?|db|auth)(\.ts)?$/;

/** @type {import("eslint").Rule.RuleModule} */
export const noServerImportsInClient = {
  meta: {
    type: "problem",
    docs: { description: "forbid lib/data, lib/db and lib/auth in client components" },
    messages: {
      forbidden:
        "'{{source}}' is server-only and cannot be imported by a client component; pass data down as props or call a server action.",
    },
    schema: [],
  },
  create(context) {
    let isClient = false;
    return {
      Program(node) {
        const first = node.body[0];
        isClient =
          first?.type === "ExpressionStatement" &&
          first.expression.type === "Literal" &&
          first.expression.value === "use client";
      },
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (isClient && FORBIDDEN.test(source)) {
          context.report({ node, messageId: "forbidden", data: { source } });
        }
      },
    };
  },
};

export default { rules: { "no-server-imports-in-client": noServerImportsInClient } };
