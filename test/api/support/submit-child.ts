// Runs one submission in a fresh Node process and prints the outcome as JSON.
// Tests spawn it because Node reads NODE_EXTRA_CA_CERTS only at startup.

import { clientOptionsFromEnv, createNx1Client } from "../../../src/api/index.js";
import { sampleRequest } from "./servers.js";

const client = createNx1Client(
  clientOptionsFromEnv(process.env, {
    retry: { attempts: 1 },
    timeoutMs: 5000,
    connectTimeoutMs: 5000,
  }),
);
const outcome = await client.submitRun(sampleRequest());
await client.close();
process.stdout.write(`${JSON.stringify(outcome)}\n`);
