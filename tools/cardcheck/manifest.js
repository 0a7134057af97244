#!/usr/bin/env node
// Validates a Teams app manifest against Microsoft's schema for the manifest version it declares,
// taken from the schemas bundled in @microsoft/app-manifest, so nothing is fetched at test time.
//
//   node manifest.js FILE
//
// Also checks that the icons it names sit beside it as PNGs of the sizes Teams requires. Exit code 0
// when the manifest passes, 1 when it does not, 2 on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
// The Teams schemas are JSON Schema draft-04, which Ajv reads through this class.
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const ICON_SIZES = { color: 192, outline: 32 };

function main(argv) {
  if (argv.length !== 1) {
    console.error('usage: node manifest.js FILE');
    return 2;
  }
  const file = argv[0];
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const problems = [];
  const schemaFile = bundledSchema(manifest, problems);
  if (schemaFile) {
    problems.push(...schemaErrors(manifest, JSON.parse(fs.readFileSync(schemaFile, 'utf8'))));
  }
  problems.push(...iconProblems(manifest, path.dirname(file)));
  const source = `the v${manifest.manifestVersion} schema of @microsoft/app-manifest ${packageVersion()}`;
  if (problems.length > 0) {
    console.log(`FAIL  ${file} against ${source}`);
    problems.forEach((problem) => console.log(`      ${problem}`));
    return 1;
  }
  console.log(`ok    ${file} against ${source}`);
  return 0;
}

/** The schema file for the manifest's version; its $schema must name that same version. */
function bundledSchema(manifest, problems) {
  const version = manifest.manifestVersion;
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== expected) {
    problems.push(`$schema is ${JSON.stringify(manifest.$schema)}; manifestVersion ${version} needs ${expected}`);
  }
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) {
    const known = fs.readdirSync(path.dirname(path.dirname(file))).join(', ');
    problems.push(`@microsoft/app-manifest has no schema for manifestVersion ${JSON.stringify(version)} (it has ${known})`);
    return undefined;
  }
  return file;
}

function schemaErrors(manifest, schema) {
  // strict: false because the schema uses keywords of its own (such as "deprecationMessage") that
  // are documentation to Ajv; allErrors to report everything at once.
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) {
    return [];
  }
  return validate.errors.map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}

function iconProblems(manifest, folder) {
  const problems = [];
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons && manifest.icons[kind];
    if (!name) {
      continue; // the schema reports a missing icon
    }
    const file = path.join(folder, name);
    if (!fs.existsSync(file)) {
      problems.push(`icons.${kind}: ${name} is not beside the manifest`);
      continue;
    }
    const png = fs.readFileSync(file);
    const isPng = png.length > 24 && png.toString('latin1', 1, 4) === 'PNG' && png.toString('latin1', 12, 16) === 'IHDR';
    if (!isPng) {
      problems.push(`icons.${kind}: ${name} is not a PNG`);
    } else if (png.readUInt32BE(16) !== size || png.readUInt32BE(20) !== size) {
      problems.push(`icons.${kind}: ${name} is ${png.readUInt32BE(16)}x${png.readUInt32BE(20)}, Teams needs ${size}x${size}`);
    }
  }
  return problems;
}

function packageVersion() {
  return require('@microsoft/app-manifest/package.json').version;
}

process.exitCode = main(process.argv.slice(2));
