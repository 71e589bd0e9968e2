// The API schema clients see: the checked-in supergraph without its
// federation plumbing (join__, link__, @inaccessible parts), as the gateway
// serves it. codegen.js reads the schema from here (after `npm run build`).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { Supergraph } = require("@apollo/federation-internals");
const { forApolloGateway } = require("../gateway/dist/supergraph.js");

const supergraphSdl = fs.readFileSync(path.join(__dirname, "..", "gateway", "supergraph.graphql"), "utf8");

module.exports = Supergraph.build(forApolloGateway(supergraphSdl)).apiSchema().toGraphQLJSSchema();
