// `npm run codegen`: GraphQL Code Generator's client preset writes TypeScript
// types and typed documents for the shared operations (test/operations, the
// in-repo copies of ../shared/queries) and the example client's own write,
// from the checked-in supergraph's API schema (scripts/api-schema.js).
// Commit what it writes: test/src/codegen.test.ts fails when it is stale, so
// after `npm run compose` changes the supergraph, run `npm run codegen` too.
"use strict";
const path = require("node:path");

const at = (file) => path.join(__dirname, file);

/** @type {import("@graphql-codegen/cli").CodegenConfig} */
module.exports = {
  overwrite: true,
  schema: at("scripts/api-schema.js"),
  documents: [at("test/operations/*.graphql"), at("examples/partner-client/operations/*.graphql")],
  generates: {
    [at("examples/partner-client/src/generated/")]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // The toolkit's date scalars (shared/src/scalars.ts) travel as ISO 8601 strings.
        scalars: { LocalDate: "string", DateTime: "string" },
      },
    },
  },
  silent: true,
  errorsOnly: true,
};
