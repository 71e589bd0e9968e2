// Node flags the gateway runs with, from GATEWAY_NODE_OPTIONS; by default a
// heap cap. Without one V8 lets collectable garbage grow to 350-400 MB under
// 50 concurrent England overviews before it collects; capped at 192 MB it
// collects sooner at no measured cost in throughput (bench/README.md, step 3).
"use strict";

const DEFAULT_GATEWAY_NODE_OPTIONS = "--max-old-space-size=192";

/** The flags as an argument list (an empty GATEWAY_NODE_OPTIONS means none). */
function gatewayNodeOptions(env = process.env) {
  const text = env.GATEWAY_NODE_OPTIONS ?? DEFAULT_GATEWAY_NODE_OPTIONS;
  return text.split(/\s+/).filter(Boolean);
}

module.exports = { DEFAULT_GATEWAY_NODE_OPTIONS, gatewayNodeOptions };
