import { type DocumentNode, Kind, parse, print, visit } from "graphql";

/** Federation's access-control features: Apollo Router enforces them; @apollo/gateway refuses to load them. */
const SECURITY_FEATURES = ["authenticated", "requiresScopes", "policy"];

/**
 * The checked-in supergraph declares `@authenticated` (and any other
 * access-control directive) so that an engine enforcing them — Apollo Router —
 * refuses anonymous callers before a subgraph is asked. @apollo/gateway cannot
 * enforce them and refuses a supergraph that links them "for: SECURITY"; it
 * serves the same supergraph without them, and every subgraph enforces the
 * same rules itself (it verifies the token and checks `@Authorized`).
 */
export function forApolloGateway(supergraphSdl: string): string {
  const document: DocumentNode = parse(supergraphSdl);
  const isSecurityLink = (url: string) => SECURITY_FEATURES.some((feature) => url.includes(`/${feature}/`));
  const stripped = visit(document, {
    Directive(node) {
      if (SECURITY_FEATURES.includes(node.name.value)) return null;
      if (node.name.value === "link") {
        const url = node.arguments?.find((argument) => argument.name.value === "url")?.value;
        if (url?.kind === Kind.STRING && isSecurityLink(url.value)) return null;
      }
      return undefined;
    },
    DirectiveDefinition(node) {
      return SECURITY_FEATURES.includes(node.name.value) ? null : undefined;
    },
    ScalarTypeDefinition(node) {
      return SECURITY_FEATURES.some((feature) => node.name.value.startsWith(`${feature}__`)) ? null : undefined;
    },
  });
  return print(stripped);
}
