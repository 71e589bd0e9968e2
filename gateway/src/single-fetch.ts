import { ApolloGateway, type Experimental_DidResolveQueryPlanCallback, type GraphQLDataSource } from "@apollo/gateway";
// Not re-exported from the package's root; @apollo/gateway has no exports map, so the path is public in practice.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { FetchNode } from "@apollo/query-planner";
import type { GatewayExecutor, GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
} from "graphql";

/** The response keys an operation asks for, in order: response name, field, arguments, and what is asked below it. */
type Shape = Array<[responseName: string, field: string, argumentsText: string, below: Shape | null]>;

/**
 * What the answer to a selection set will look like, or null when that cannot
 * be told from the operation alone: abstract types, fragments on another
 * type, directives (@skip, @include…), introspection, a response name asked
 * twice, a field the API schema does not have.
 */
function shapeOf(
  selectionSet: SelectionSetNode,
  parent: GraphQLObjectType,
  fragments: Record<string, FragmentDefinitionNode>,
): Shape | null {
  const shape: Shape = [];
  const seen = new Set<string>();
  const add = (entries: Shape | null): boolean => {
    if (!entries) return false;
    for (const entry of entries) {
      if (seen.has(entry[0])) return false;
      seen.add(entry[0]);
      shape.push(entry);
    }
    return true;
  };
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) return null;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const responseName = selection.alias?.value ?? name;
      const argumentsText = (selection.arguments ?? [])
        .map((argument) => `${argument.name.value}:${print(argument.value)}`)
        .sort()
        .join(",");
      if (name === "__typename") {
        if (!add([[responseName, name, argumentsText, null]])) return null;
        continue;
      }
      const field = parent.getFields()[name];
      if (!field) return null; // introspection, or a field only a subgraph has
      const type = getNamedType(field.type);
      if (isAbstractType(type)) return null;
      let below: Shape | null = null;
      if (isObjectType(type)) {
        if (!selection.selectionSet) return null;
        below = shapeOf(selection.selectionSet, type, fragments);
        if (!below) return null;
      } else if (selection.selectionSet) {
        return null;
      }
      if (!add([[responseName, name, argumentsText, below]])) return null;
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) return null;
      if (fragment.typeCondition && fragment.typeCondition.name.value !== parent.name) return null;
      if (!add(shapeOf(fragment.selectionSet, parent, fragments))) return null;
    }
  }
  return shape;
}

function operationShape(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, schema: GraphQLSchema): string | null {
  const root = schema.getQueryType();
  if (operation.operation !== "query" || operation.directives?.length || !root) return null;
  const shape = shapeOf(operation.selectionSet, root, fragments);
  return shape && JSON.stringify(shape);
}

function fetchOperation(fetch: FetchNode): { operation: OperationDefinitionNode; fragments: Record<string, FragmentDefinitionNode> } | null {
  const document = fetch.operationDocumentNode ?? parse(fetch.operation);
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return { operation: operations[0] as OperationDefinitionNode, fragments };
}

type PlanResolved = Parameters<Experimental_DidResolveQueryPlanCallback>[0];

interface PassThrough {
  fetch: FetchNode;
  dataSource: GraphQLDataSource;
}

/** A fetch already made for this request, handed to the gateway's own path instead of a second request. */
type Fetched = { serviceName: string; response: GatewayGraphQLResponse } | { serviceName: string; error: unknown };

/**
 * Queries that one subgraph answers whole, answered with that subgraph's data
 * as it comes. @apollo/gateway otherwise rebuilds the operation for every
 * request and reshapes the answer field by field against it
 * (`computeResponse`): for a one-fetch plan that work can only give back what
 * the subgraph sent, and it is the larger part of the gateway's own cost (see
 * bench/README.md, step 6). A plan qualifies when it is a single fetch with no
 * rewrites and the fetch asks for exactly the fields the client asked, in the
 * same order, with the same arguments, on object types only (`shapeOf`).
 * Anything else, and any answer with errors, takes the gateway's own path —
 * with the answer already fetched, so the subgraph is never asked twice.
 */
export class SingleFetchPassThrough {
  /** By parsed document (Apollo Server reuses one per query text) and operation name. */
  private readonly plans = new WeakMap<DocumentNode, Map<string, PassThrough | null>>();
  private readonly fetched = new WeakMap<object, Fetched>();

  /** `passedThrough` is told of each answer given by the fast path (a metric). */
  constructor(private readonly passedThrough: () => void = () => {}) {}

  /** For `experimental_didResolveQueryPlan`: decides once per document whether its plan may pass through. */
  readonly didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, serviceMap, operationContext, requestContext }) => {
    const document = requestContext.document;
    if (!document) return;
    let byName = this.plans.get(document);
    if (!byName) {
      byName = new Map();
      this.plans.set(document, byName);
    }
    const name = requestContext.request.operationName ?? "";
    if (byName.has(name)) return;
    byName.set(name, this.passThroughFor(queryPlan.node, serviceMap, operationContext));
  };

  private passThroughFor(
    node: PlanResolved["queryPlan"]["node"],
    serviceMap: PlanResolved["serviceMap"],
    operationContext: PlanResolved["operationContext"],
  ): PassThrough | null {
    if (node?.kind !== "Fetch" || node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) {
      return null;
    }
    const dataSource = serviceMap[node.serviceName];
    const sent = fetchOperation(node);
    if (!dataSource || !sent) return null;
    const asked = operationShape(operationContext.operation, operationContext.fragments, operationContext.schema);
    return asked !== null && asked === operationShape(sent.operation, sent.fragments, operationContext.schema) ? { fetch: node, dataSource } : null;
  }

  /** Wraps the gateway's executor: the fast path where a plan qualifies, the gateway's own otherwise. */
  wrap(executor: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      const passThrough = requestContext.document && this.plans.get(requestContext.document)?.get(requestContext.request.operationName ?? "");
      if (!passThrough) return executor(requestContext);
      const { fetch, dataSource } = passThrough;
      const given = requestContext.request.variables ?? {};
      const variables: Record<string, unknown> = Object.create(null);
      for (const name of fetch.variableUsages ?? []) if (Object.hasOwn(given, name) && given[name] !== undefined) variables[name] = given[name];
      let fetched: Fetched;
      try {
        const response = await dataSource.process({
          kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
          request: { query: fetch.operation, variables, operationName: fetch.operationName },
          incomingRequestContext: requestContext,
          context: requestContext.context,
          document: fetch.operationDocumentNode,
          pathInIncomingRequest: [],
        });
        if (!response.errors?.length && response.data) {
          this.passedThrough();
          return { data: response.data };
        }
        fetched = { serviceName: fetch.serviceName, response };
      } catch (error) {
        fetched = { serviceName: fetch.serviceName, error };
      }
      this.fetched.set(requestContext.context, fetched);
      return executor(requestContext);
    };
  }

  /**
   * For the data source: the answer this request's fast path already fetched
   * from `serviceName`, taken once; undefined when there is none.
   */
  takeFetched(context: object | undefined, serviceName: string): { response: GatewayGraphQLResponse } | { error: unknown } | undefined {
    if (!context) return undefined;
    const fetched = this.fetched.get(context);
    if (!fetched || fetched.serviceName !== serviceName) return undefined;
    this.fetched.delete(context);
    return fetched;
  }
}

/** @apollo/gateway whose executor takes the single-fetch fast path where a plan qualifies. */
export class PassThroughGateway extends ApolloGateway {
  constructor(
    config: ConstructorParameters<typeof ApolloGateway>[0],
    private readonly passThrough?: SingleFetchPassThrough,
  ) {
    super(config);
  }

  override async load(options?: Parameters<ApolloGateway["load"]>[0]): ReturnType<ApolloGateway["load"]> {
    const loaded = await super.load(options);
    return this.passThrough ? { ...loaded, executor: this.passThrough.wrap(loaded.executor) } : loaded;
  }
}
