// Preloaded with `node --require` into a CLI under test: every `new Date()`
// and `Date.now()` returns the instant in NX1_TEST_FROZEN_TIME (ms since the
// epoch), so that two processes record the same timestamps, as two applies
// started in the same millisecond do.
"use strict";

const frozen = Number(process.env.NX1_TEST_FROZEN_TIME);
if (!Number.isFinite(frozen)) throw new Error("NX1_TEST_FROZEN_TIME must be a number of ms");

const RealDate = Date;
class FrozenDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(frozen);
    else super(...args);
  }

  static now() {
    return frozen;
  }
}
globalThis.Date = FrozenDate;
