// Validates TOML files against the draft-04 JSON Schema with Ajv (see scripts/check-schema).
// Usage: node check-schema.mjs SCHEMA FILE.toml...; every file must be valid, every refused sample refused.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";

const require = createRequire(process.env.NODE_PATH + "/");
const Ajv = require("ajv-draft-04");
const { parse } = require("smol-toml");

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let ok = 0;
let failed = 0;

function check(name, toml, expectValid) {
  const valid = validate(parse(toml));
  const errors = valid ? "" : ": " + ajv.errorsText(validate.errors);
  if (valid === expectValid) {
    ok++;
    console.log(`ok   ${name}${expectValid ? "" : " (refused" + errors + ")"}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${expectValid ? errors : ": accepted, but the reader warns about it"}`);
  }
}

for (const file of files) {
  check(basename(file), readFileSync(file, "utf8"), true);
}

// Configs --check-config warns about: the validator must refuse each.
const refused = {
  "unknown key": 'bogus = 1\n',
  "unknown segment": '[line]\nsegments = ["warp_drive"]\n',
  "merge in a line item": '[line]\nsegments = [{ type = "model", merge = true }]\n',
  "segments beside numbered lines": '[line]\nsegments = ["model"]\n[line.1]\nsegments = ["cost"]\n',
  "priority out of range": '[segments.model]\npriority = 256\n',
  "unknown choice": '[segments.model]\nformat = "tiny"\n',
  "unknown key in thresholds": '[segments.context_bar.thresholds]\nred = 90\n',
  "a role with two names": '[segments.cost]\nstyle = "role:primary,accent"\n',
  "a colour of five digits": '[style.model]\nbg = "#12345"\n',
  "an unknown layout style": '[layout_options]\nstyle = "fancy"\n',
  "a timeout of ten minutes": '[usage]\ntimeout = 600\n',
  "a two-cell bar character": '[segments.rate_limit_5h.characters]\nfull = "ab"\n',
};
for (const [name, toml] of Object.entries(refused)) {
  check(name, toml, false);
}

console.log(`check-schema: ${ok} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
