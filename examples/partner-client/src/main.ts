// An example partner client: reads a council's single view across the three
// boards, then records the council's local account for a year, with types
// generated from the graph's schema (npm run codegen). Run from the
// repository root, with the graph up (npm start):
//
//   export SLI_TOKEN=$(npm run -s token -- --role COUNCIL_OFFICER --council E06000052)
//   npx tsc -p examples/partner-client && node examples/partner-client/dist/main.js
//
// Settings: GRAPH_URL (http://localhost:4000/graphql), SLI_TOKEN, COUNCIL
// (a GSS code, E06000052 Cornwall), YEAR (the local account's year, 2030).
import { GraphClient, GraphError } from "./client";
import { CouncilSingleViewDocument, CreateLocalAccountDocument } from "./generated/graphql";

async function main(): Promise<void> {
  const url = process.env.GRAPH_URL ?? "http://localhost:4000/graphql";
  const council = process.env.COUNCIL ?? "E06000052";
  const year = Number(process.env.YEAR ?? 2030);
  const client = new GraphClient(url, process.env.SLI_TOKEN);

  // The shared CouncilSingleView operation: the result is typed, field by field.
  const { council: view } = await client.request(CouncilSingleViewDocument, { code: council });
  if (!view) throw new Error(`No council ${council}`);
  console.log(`${view.name} (${view.code}), ${view.type.toLowerCase().replace(/_/g, " ")} in ${view.region.name}`);
  console.log(`  principal adviser: ${view.principalAdviser?.name ?? "none"}`);
  console.log(`  corporate peer challenges: ${view.corporatePeerChallenges.map((challenge) => challenge.status).join(", ") || "none"}`);
  console.log(`  adults sign-off: ${view.adultsSignOff?.status ?? "not in the programme"}`);
  console.log(`  local accounts: ${(view.localAccounts ?? []).map((account) => account.year).join(", ") || "none (or not yours to see)"}`);

  // A write: the input type is generated too, so a misspelt field does not compile.
  const { createLocalAccount: account } = await client.request(CreateLocalAccountDocument, {
    input: { council, year, engagement: "Recorded by the example partner client" },
  });
  console.log(`Recorded local account ${account.id} for ${account.year}: ${account.status.toLowerCase()} (${account.provenance.toLowerCase()})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof GraphError ? `The graph refused: ${error.message}` : error);
  process.exit(1);
});
