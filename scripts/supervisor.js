// The supervisor behind `npm start`: runs each service as a child process,
// restarts one that crashes (with back-off, giving up after repeated crashes
// in a window), and stops them in order: the gateway drains first, then the
// subgraphs, so that answers in flight finish whole.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");
const readline = require("node:readline");

const DEFAULTS = {
  /** Give up on a service that crashes this many times… */
  crashLimit: 5,
  /** …within this window. */
  crashWindowMs: 60_000,
  /** First restart after this long, doubling with each crash in the window… */
  backoffMs: 250,
  /** …up to this. */
  maxBackoffMs: 5_000,
  /** How long one stage of the stop (the gateway, then the subgraphs) may take before SIGKILL. */
  stopGraceMs: 15_000,
};

/**
 * @param {object} options
 * @param {string} options.root working directory of the services
 * @param {NodeJS.ProcessEnv} options.env
 * @param {Array<{name: string, entry: string, port: number, nodeOptions?: string[], stage: number}>} options.services
 *   stage 0 starts first and stops last (the subgraphs); stage 1 after them (the gateway)
 */
function createSupervisor(options) {
  const settings = { ...DEFAULTS, ...options };
  const { root, env, services } = settings;
  const log = settings.log ?? ((line) => console.log(line));
  const warn = settings.warn ?? ((line) => console.error(line));
  /** @type {Map<string, import("node:child_process").ChildProcess>} */
  const running = new Map();
  const crashes = new Map(services.map((service) => [service.name, []]));
  const restartTimers = new Set();
  let started = false;
  let stopping;
  let onGiveUp = () => {};

  function run(service) {
    // Own process group: a Ctrl-C in the terminal reaches the supervisor alone, which stops the services in order.
    // The IPC channel tells a service when the supervisor is gone (even by SIGKILL): it then stops by itself.
    const child = spawn(process.execPath, [...(service.nodeOptions ?? []), path.join(root, service.entry)], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      detached: true,
    });
    running.set(service.name, child);
    const label = `[${service.name}]`.padEnd(12);
    log(`${label} started (pid ${child.pid}, port ${service.port})`);
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on("line", (line) => log(`${label} ${line}`));
    }
    child.on("exit", (code, signal) => exited(service, child, code, signal));
    return child;
  }

  function exited(service, child, code, signal) {
    if (running.get(service.name) === child) running.delete(service.name);
    if (stopping) return;
    const how = signal ?? `exit code ${code}`;
    warn(`\n${service.name} stopped unexpectedly (${how}).`);
    if (!started) return; // still starting: `start` reports it and stops the rest
    const now = Date.now();
    const recent = crashes.get(service.name).filter((at) => now - at < settings.crashWindowMs);
    recent.push(now);
    crashes.set(service.name, recent);
    if (recent.length >= settings.crashLimit) {
      warn(
        `${service.name} crashed ${recent.length} times in ${settings.crashWindowMs / 1000} s: giving up on it and stopping the graph (a service manager may start it afresh).`,
      );
      onGiveUp(service);
      return;
    }
    const delay = Math.min(settings.backoffMs * 2 ** (recent.length - 1), settings.maxBackoffMs);
    warn(`Restarting ${service.name} in ${(delay / 1000).toFixed(2)} s (crash ${recent.length} of ${settings.crashLimit} allowed in ${settings.crashWindowMs / 1000} s); the gateway answers without this board until it returns.`);
    const timer = setTimeout(async () => {
      restartTimers.delete(timer);
      if (stopping) return;
      const restartedAt = Date.now();
      run(service);
      try {
        await waitUntilLive(service);
        log(`${`[${service.name}]`.padEnd(12)} answering again ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after its restart`);
      } catch {
        // its exit is handled (and counted) as a crash
      }
    }, delay);
    restartTimers.add(timer);
  }

  async function waitUntilLive(service, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    const child = running.get(service.name);
    while (Date.now() < deadline) {
      if (!child || running.get(service.name) !== child) throw new Error(`${service.name} exited before it was ready`);
      try {
        const response = await fetch(`http://127.0.0.1:${service.port}/health/live`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${service.name} did not answer on port ${service.port} within ${timeoutMs / 1000} s`);
  }

  /** Starts the services stage by stage, each stage once the one before answers. */
  async function start() {
    const stages = [...new Set(services.map((service) => service.stage))].sort((a, b) => a - b);
    for (const stage of stages) {
      const group = services.filter((service) => service.stage === stage);
      for (const service of group) run(service);
      await Promise.all(group.map((service) => waitUntilLive(service)));
    }
    started = true;
  }

  /** Sends SIGTERM to the services of one stage and waits for them to exit (SIGKILL after the grace period). */
  async function stopStage(group) {
    const exits = group
      .map((service) => running.get(service.name))
      .filter(Boolean)
      .map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill("SIGKILL"), settings.stopGraceMs);
            child.once("exit", () => {
              clearTimeout(force);
              resolve();
            });
            child.kill("SIGTERM");
          }),
      );
    await Promise.all(exits);
  }

  /** The gateway (last stage) first, so that it finishes what is in flight while the subgraphs still answer. */
  function stop() {
    stopping ??= (async () => {
      for (const timer of restartTimers) clearTimeout(timer);
      restartTimers.clear();
      const stages = [...new Set(services.map((service) => service.stage))].sort((a, b) => b - a);
      for (const stage of stages) {
        const group = services.filter((service) => service.stage === stage);
        if (group.some((service) => running.has(service.name))) log(`Stopping ${group.map((service) => service.name).join(", ")}…`);
        await stopStage(group);
      }
    })();
    return stopping;
  }

  /** Stops at once (a second Ctrl-C). */
  function kill() {
    for (const child of running.values()) child.kill("SIGKILL");
  }

  return {
    start,
    stop,
    kill,
    get stopping() {
      return Boolean(stopping);
    },
    /** Called when a service has crashed too often. */
    onGiveUp(handler) {
      onGiveUp = handler;
    },
    pids: () => Object.fromEntries([...running].map(([name, child]) => [name, child.pid])),
  };
}

module.exports = { createSupervisor, SUPERVISOR_DEFAULTS: DEFAULTS };
