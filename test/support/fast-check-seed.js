/**
 * One seed for every fast-check property in a jest run.
 *
 * - FC_SEED=<integer>: replay that seed (a failure prints its seed; paste it here to reproduce).
 * - FC_SEED=random: a fresh seed per run, for exploring (scripts/property-sweep.sh runs many).
 * - unset: the fixed seed below, so CI on a clean clone is reproducible and a red run means a
 *   change, not a draw. The sweep script is how new seeds get explored; a seed it finds failing
 *   becomes a named regression test beside the property.
 */
const fc = require("fast-check");

const FIXED_SEED = 20261129;
const raw = process.env.FC_SEED;
const seed = raw === "random" ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : raw ? Number(raw) : FIXED_SEED;
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${raw}"`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
