#!/usr/bin/env node
// Checks every *.json Adaptive Card in a folder with Microsoft's own renderer (the adaptivecards package).
//
//   node cards.js DIR
//
// A card fails when
//   - it is 28 KB or more: Teams refuses a bot message over about 28 KB, card included;
//   - parsing it for the version it declares logs any event in the renderer's SerializationContext
//     (an unknown element, an invalid enum value such as a colour or spacing name, a feature newer
//     than the card's version), or validateProperties() reports one (a duplicate id, ...); the
//     renderer's events carry no severity, so every one counts;
//   - it holds a property that the renderer's schema for that element or action does not have: the
//     renderer drops such a property without an event, and so, silently, would the client;
//   - an Action.ToggleVisibility names an element id the card does not have.
// Exit code 0 when every card passes, 1 when any fails, 2 on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
// The package's lib/ folder is ES modules with extensionless imports that Node cannot resolve; its
// dist/ bundle is the same renderer as one CommonJS file.
const AC = require('adaptivecards/dist/adaptivecards.js');

const TEAMS_LIMIT_BYTES = 28 * 1024;

// Collections the renderer reads in its own parsing code rather than through its property schema.
const PARSED_BY_CODE = {
  AdaptiveCard: ['body', 'actions'],
  Container: ['items'],
  Column: ['items'],
  ColumnSet: ['columns'],
  RichTextBlock: ['inlines'],
  ActionSet: ['actions'],
  Table: ['rows'],
  TableRow: ['cells'],
  TableCell: ['items'],
  'Action.ShowCard': ['card'],
};

// Host properties that the renderer cannot know and Teams requires. The only one allowed is
// msteams.width = "Full" on the card: Teams reads it to give a card the full width of the chat
// (otherwise a wide card is cut at a fixed width), and it is part of no Adaptive Cards schema
// version, so the generic renderer ignores it by design. Any other value, or any other host
// property, is still reported.
const HOST_PROPERTIES = {
  AdaptiveCard: {
    msteams: (value) => JSON.stringify(value) === JSON.stringify({ width: 'Full' }),
  },
};

function main(argv) {
  if (argv.length !== 1) {
    console.error('usage: node cards.js DIR');
    return 2;
  }
  const dir = argv[0];
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) {
    console.error(`No *.json cards in ${dir}`);
    return 1;
  }
  let failed = 0;
  for (const name of files) {
    const problems = checkCard(path.join(dir, name));
    if (problems.length === 0) {
      console.log(`ok    ${name}`);
    } else {
      failed++;
      console.log(`FAIL  ${name}`);
      problems.forEach((problem) => console.log(`      ${problem}`));
    }
  }
  console.log(`${files.length} cards checked with adaptivecards ${rendererVersion()}: ` +
      `${files.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function checkCard(file) {
  const bytes = fs.readFileSync(file);
  const problems = [];
  if (bytes.length >= TEAMS_LIMIT_BYTES) {
    problems.push(`${bytes.length} bytes: Teams refuses messages over ${TEAMS_LIMIT_BYTES} bytes`);
  }
  let json;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return problems.concat(`not JSON: ${e.message}`);
  }
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
  if (!json.version || !version.isValid) {
    return problems.concat(`no valid "version": ${JSON.stringify(json.version)}`);
  }
  const context = new AC.SerializationContext(version);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(describe(context.getEventAt(i)));
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(describe(event));
  }
  unknownProperties(json, '$', version, problems);
  missingToggleTargets(json, card, '$', problems);
  return problems;
}

function describe(event) {
  return `${AC.ValidationPhase[event.phase]} ${AC.ValidationEvent[event.event]}: ${event.message}`;
}

/** Every property of a typed object (element, action, inline, column) must be one the renderer knows. */
function unknownProperties(node, where, version, problems, parentKey) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => unknownProperties(item, `${where}[${i}]`, version, problems, parentKey));
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  const model = typeof node.type === 'string' ? instanceOf(node.type, version)
      : parentKey === 'facts' ? new AC.Fact() : undefined;
  if (model === undefined) {
    return; // free-form data such as an Action.Submit payload, or a type the parser already reported
  }
  const typeName = node.type || 'Fact';
  const known = schemaOf(model);
  const byCode = new Set(PARSED_BY_CODE[typeName] || []);
  if (model instanceof AC.CardElement || model instanceof AC.Action) {
    byCode.add('fallback');
  }
  const host = HOST_PROPERTIES[typeName] || {};
  for (const [key, value] of Object.entries(node)) {
    // A known property newer than the card's version is reported by the parser itself.
    if (known.has(key)) {
      // checked, and walked below
    } else if (key in host) {
      if (!host[key](value)) {
        problems.push(`${where}.${key}: unexpected host value ${JSON.stringify(value)}`);
      }
      continue;
    } else if (!byCode.has(key)) {
      problems.push(`${where}.${key}: ${typeName} has no property "${key}" in Adaptive Cards ${version}; ` +
          'the renderer ignores it');
      continue;
    }
    if (key !== 'data' && typeof value === 'object') {
      unknownProperties(value, `${where}.${key}`, version, problems, key);
    }
  }
}

function instanceOf(typeName, version) {
  switch (typeName) {
    case 'AdaptiveCard': return new AC.AdaptiveCard();
    case 'Column': return new AC.Column();
    case 'TableRow': return new AC.TableRow();
    case 'TableCell': return new AC.TableCell();
    default:
      return AC.GlobalRegistry.defaultElements.createInstance(typeName, version)
          || AC.GlobalRegistry.defaultActions.createInstance(typeName, version);
  }
}

function schemaOf(model) {
  const schema = model.getSchema();
  const names = new Set();
  for (let i = 0; i < schema.getCount(); i++) {
    names.add(schema.getItemAt(i).name);
  }
  return names;
}

/** A toggle button whose target is missing does nothing when pressed, and the renderer says nothing. */
function missingToggleTargets(node, card, where, problems) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => missingToggleTargets(item, card, `${where}[${i}]`, problems));
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  if (node.type === 'Action.ToggleVisibility') {
    for (const target of node.targetElements || []) {
      const id = typeof target === 'string' ? target : target && target.elementId;
      if (!card.getElementById(id)) {
        problems.push(`${where}: Action.ToggleVisibility targets "${id}", which no element of the card has`);
      }
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'data' && typeof value === 'object') {
      missingToggleTargets(value, card, `${where}.${key}`, problems);
    }
  }
}

function rendererVersion() {
  return require('adaptivecards/package.json').version;
}

process.exitCode = main(process.argv.slice(2));
