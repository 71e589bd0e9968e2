/** The public GraphQL endpoint, read with the viewer's token: the dashboards' only source. */
const TOKEN_KEY = "sli.dashboard.token";

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export interface GraphQLErrorAnswer {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Answer<T> {
  data: T | null;
  errors: GraphQLErrorAnswer[];
}

/** A request that produced no usable data: the network, a refused token, or an error at the root. */
export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Sends one operation to /graphql with `Authorization: Bearer` when signed in.
 * Answers data with any field errors (partial answers are normal: confidential
 * fields come back null with FORBIDDEN); throws RequestFailed when there is no data.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new RequestFailed("The graph could not be reached: check your connection and try again.", "NETWORK");
  }
  let body: { data?: T | null; errors?: GraphQLErrorAnswer[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new RequestFailed(`The graph answered ${response.status} without JSON.`, "HTTP");
  }
  const errors = body.errors ?? [];
  if (body.data === undefined || body.data === null) {
    const first = errors[0];
    throw new RequestFailed(first?.message ?? `The graph answered ${response.status}.`, first?.extensions?.code);
  }
  return { data: body.data, errors };
}

/** The errors at or under one path prefix (e.g. ["region", "councils", 3, "concerns"]). */
export function errorsAt(errors: GraphQLErrorAnswer[], ...prefix: Array<string | number>): GraphQLErrorAnswer[] {
  return errors.filter((error) => prefix.every((part, index) => error.path?.[index] === part));
}

export interface Viewer {
  authenticated: boolean;
  name: string | null;
  roles: string[];
  regions: string[];
  council: string | null;
  scopes: string[];
}

export async function whoAmI(): Promise<Viewer> {
  const { data } = await gql<{ me: Viewer }>("query DashboardViewer { me { authenticated name roles regions council scopes } }");
  return data!.me;
}
