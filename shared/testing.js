// The toolkit's test helpers, as their own entry (`@sli/shared/testing`), kept out of the production entry.
module.exports = require("./dist/testing");
