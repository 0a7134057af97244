// Asks a locally running CallTriage bot questions through the Microsoft 365 Agents Playground (a
// Teams-like client), as one of the demo identities, and saves a screenshot of each reply card.
//
//   node ask.js [--as sam|erin|adam|maria|alice] [--bot http://localhost:3978/api/messages]
//               [--out DIR] [--click "button title"] "show last calls for alice" ["another question" ...]
//   node ask.js --as erin --config-only    writes .m365agentsplayground.yml here, to chat by hand as Erin
//   --linger S                             then waits up to S seconds for a message the bot sends on its own
//                                          (a morning summary, say) and captures it
//   --in personal|group|channel            where to ask: the personal chat (default), the group chat
//                                          "Helpdesk chat", or the team channel "General"; --then-personal
//                                          also captures the personal chat afterwards, for private answers
//   --channel NAME                         with --in channel, the channel to use: "General" or "Escalations"
//   --click "title" / --fill "text"        in the order given, after the questions: press a button of the
//                                          newest card (Action.Submit, Action.Execute or Action.ShowCard), or type
//                                          into the text input a ShowCard opened; each press is captured
//   --look                                 ask nothing: capture the conversation as it is (a channel's threads)
//   --then-look NAME                       afterwards, capture the conversation of that name ("Escalations"),
//                                          where messages the bot sends on its own arrive
//   --port N                               run the playground on this port: the bot keeps each conversation's
//                                          serviceUrl, so later runs on the same port get its later messages
//
// Needs the bot running (see the README) and Chromium at /usr/bin/chromium (or CHROMIUM=path).
'use strict';
const { spawn } = require('child_process');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

// The demo tenant's identities (name-based UUIDs, see DemoTenant.java) and the roles the demo gives them.
const TENANT_ID = '1df52bf1-5e6b-3b82-b10d-307dce868229';
const IDENTITIES = {
  sam: { name: 'Sam Rivera', id: '2e22d799-3658-36e5-9ca3-b7d0c9fc6b25', role: 'specialist' },
  erin: { name: 'Erin Cho', id: 'd1539408-7f8a-310b-92b1-e1e868a257cc', role: 'engineer' },
  adam: { name: 'Adam Novak', id: '09cdc68e-48aa-3520-b5fc-e947fafac222', role: 'admin' },
  maria: { name: 'Maria Garcia', id: 'ced10d46-cc0c-3994-8a8a-ff5b2ca6c27f', role: 'manager' },
  alice: { name: 'Alice Wood', id: 'cb25c4bf-18bb-370c-8432-ae85023e6242', role: 'none' },
};

// Where to ask, by the name the playground's navigation shows (see writeConfig).
const CONVERSATIONS = { personal: 'Personal Chat', group: 'Helpdesk chat', channel: 'General' };

function parseArgs(argv) {
  const options = { as: 'sam', bot: 'http://localhost:3978/api/messages', out: 'screenshots', click: [], questions: [],
    configOnly: false, in: 'personal', thenPersonal: false, channel: 'General', look: false, linger: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--as') options.as = argv[++i];
    else if (arg === '--bot') options.bot = argv[++i];
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--click') options.click.push({ click: argv[++i] });
    else if (arg === '--fill') options.click.push({ fill: argv[++i] });
    else if (arg === '--channel') options.channel = argv[++i];
    else if (arg === '--look') options.look = true;
    else if (arg === '--then-look') options.thenLook = argv[++i];
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--config-only') options.configOnly = true;
    else if (arg === '--in') options.in = argv[++i];
    else if (arg === '--then-personal') options.thenPersonal = true;
    else if (arg === '--linger') options.linger = Number(argv[++i]);
    else options.questions.push(arg);
  }
  if (!IDENTITIES[options.as]) throw new Error(`Unknown identity ${options.as}; use one of ${Object.keys(IDENTITIES)}`);
  if (!CONVERSATIONS[options.in]) throw new Error(`Unknown conversation ${options.in}; use one of ${Object.keys(CONVERSATIONS)}`);
  if (options.questions.length === 0 && !options.look) options.questions.push('show last calls for alice');
  return options;
}

function user(key, index, indent) {
  const person = IDENTITIES[key];
  const [given, surname] = person.name.split(' ');
  const upn = `${key}@contoso.com`;
  const fields = { id: `user-${index}`, name: person.name, userPrincipleName: upn, aadObjectId: person.id,
    givenName: given, surname, email: upn };
  return Object.entries(fields).map(([field, value]) => `${indent}${field}: ${value}\n`).join('');
}

// The playground reads who "you" are from this file; it wants exactly five other users.
function writeConfig(dir, as, name = 'playground.yml') {
  const others = Object.keys(IDENTITIES).filter((k) => k !== as);
  while (others.length < 5) others.push(others[others.length % 4]);
  const users = others.slice(0, 5).map((k, i) => '  - ' + user(k, i + 1, '    ').slice(4)).join('');
  const yaml = `version: "0.1.1"\ntenantId: ${TENANT_ID}\nbot:\n  id: 00000000-0000-0000-0000-0000000ca11e\n  name: CallTriage\n` +
    `currentUser:\n${user(as, 0, '  ')}users:\n${users}personalChat:\n  id: personal-chat\n` +
    `groupChat:\n  id: group-chat\n  name: Helpdesk chat\nteam:\n  id: team-helpdesk\n  name: Helpdesk\n` +
    `  aadGroupId: 00000000-0000-0000-0000-000000000031\n  channels:\n    - id: channel-escalations\n      name: Escalations\n`;
  const file = path.join(dir, name);
  fs.writeFileSync(file, yaml);
  return file;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startPlayground(options, dir) {
  const port = options.port || await freePort();
  return new Promise((resolve, reject) => {
    const bin = path.join(__dirname, 'node_modules', '.bin', 'agentsplayground');
    const child = spawn(bin, ['-e', options.bot, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
      cwd: dir,
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: writeConfig(dir, options.as),
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => reject(new Error('The playground did not start within 60 s')), 60000);
    child.stdout.on('data', (chunk) => {
      const match = /Listening on (\d+)/.exec(chunk.toString());
      if (match) { clearTimeout(timer); resolve({ child, url: `http://localhost:${match[1]}` }); }
    });
    child.on('exit', (code) => reject(new Error(`The playground exited (${code}); see ${dir}/playground.log`)));
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.configOnly) {
    console.log(`Wrote ${writeConfig('.', options.as, '.m365agentsplayground.yml')} for ${IDENTITIES[options.as].name}`);
    return;
  }
  fs.mkdirSync(options.out, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'calltriage-playground-'));
  const { child, url } = await startPlayground(options, work);
  const context = await chromium.launchPersistentContext(path.join(work, 'chromium'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // Tall enough that the chat shows a whole card: a card taller than the chat pane is cut in its screenshot.
    viewport: { width: 1400, height: 3200 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(30000);
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(url);
    // A channel has a composer for a new post and one per thread: questions go as new posts.
    const compose = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
    await compose.waitFor({ state: 'visible' });
    await page.getByText('Connected.', { exact: true }).waitFor();
    const cards = page.locator('.ac-adaptiveCard');
    let shot = 0;
    const texts = async () => Promise.all((await cards.all()).map((card) => card.innerText().catch(() => '')));
    // The newest card is the one that was not there, or not like this, before: in a channel a reply lands in its
    // thread, above threads the bot started later (its welcome, say), so the last card is not always the newest.
    const capture = async (label, before) => {
      const file = path.join(options.out, `${String(++shot).padStart(2, '0')}-${options.as}-${label}.png`);
      await page.waitForTimeout(300);
      const now = await texts();
      let index = -1;
      for (let i = now.length - 1; i >= 0 && index < 0; i--) if (!before.includes(now[i])) index = i;
      if (index < 0) {
        await page.screenshot({ path: file, fullPage: true });
        console.log(`--- ${file} (the whole chat)`);
        return;
      }
      const card = cards.nth(index);
      // In chats a card sits in an output frame worth keeping; channel posts have none.
      const frame = card.locator('xpath=ancestor::div[contains(@class,"fai-OutputCard")][1]');
      await ((await frame.count()) > 0 ? frame : card).screenshot({ path: file });
      console.log(`--- ${file}\n${now[index]}`);
    };
    await page.waitForTimeout(1000); // the welcome card, if any
    if (options.in !== 'personal') {
      const name = options.in === 'channel' ? options.channel : CONVERSATIONS[options.in];
      await page.getByText(name, { exact: true }).first().click();
      await page.waitForTimeout(1000);
    }
    if (options.look) {
      await page.waitForTimeout(1500);
      const file = path.join(options.out, `${String(++shot).padStart(2, '0')}-${options.as}-${options.in}-as-it-is.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`--- ${file} (the conversation as it is)`);
      for (const card of await cards.all()) console.log(`=== card\n${await card.innerText()}`);
    }
    for (const question of options.questions) {
      const before = await cards.count();
      const seen = await texts();
      await compose.click();
      if (options.in !== 'personal') {
        // In group chats and channels Teams hands a bot only the messages that @mention it.
        await page.keyboard.type('@Cal');
        await page.locator('[role=listbox]').getByText('CallTriage', { exact: true }).first().click();
        await page.keyboard.type(' ');
      }
      await page.keyboard.type(question);
      await page.getByRole('button', { name: options.in === 'channel' ? 'Post' : 'Send Message' }).first().click();
      await replyAfter(page, before);
      await capture(question.replace(/[^a-z0-9]+/gi, '-').slice(0, 40), seen);
      if (process.env.WHOLE) await page.screenshot({ path: path.join(options.out, `${String(++shot).padStart(2, "0")}-whole.png`), fullPage: true });
    }
    for (const step of options.click) {
      if (step.fill !== undefined) {
        await page.locator('.ac-adaptiveCard input[type=text], .ac-adaptiveCard textarea').last().fill(step.fill);
        continue;
      }
      const title = step.click;
      const before = await cards.count();
      const seen = await texts();
      const card = cards.filter({ has: page.getByRole('button', { name: title, exact: true }) }).last();
      const textBefore = await card.innerText();
      await card.getByRole('button', { name: title, exact: true }).last().click();
      // A ShowCard opens a form in place, and an Action.Execute answer replaces the card: neither adds a card.
      await replyAfter(page, before, { pressed: card, textBefore });
      await page.waitForTimeout(1000); // a message for the presser alone shows beside the card
      await capture('clicked-' + title.replace(/[^a-z0-9]+/gi, '-').slice(0, 30), seen);
      if (process.env.WHOLE) await page.screenshot({ path: path.join(options.out, `${String(++shot).padStart(2, '0')}-whole.png`), fullPage: true });
    }
    if (options.thenLook) {
      await page.waitForTimeout(6000); // the outbox delivers within a few seconds
      await page.getByText(options.thenLook, { exact: true }).first().click();
      await page.waitForTimeout(1500);
      const file = path.join(options.out, `${String(++shot).padStart(2, '0')}-${options.as}-then-${options.thenLook}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`--- ${file} (${options.thenLook})`);
      for (const card of await cards.all()) console.log(`=== card\n${await card.innerText()}`);
    }
    if (options.linger > 0) {
      const before = await cards.count();
      const seen = await texts();
      await replyAfter(page, before, { timeout: options.linger * 1000 });
      await capture('sent-on-its-own', seen);
    }
    if (options.thenPersonal) {
      await page.waitForTimeout(3000); // private answers go through the outbox
      await page.getByText(CONVERSATIONS.personal, { exact: true }).first().click();
      await page.waitForTimeout(1500);
      const file = path.join(options.out, `${String(++shot).padStart(2, '0')}-${options.as}-personal-chat.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`--- ${file} (the personal chat)`);
    }
  } finally {
    await context.close();
    child.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// Waits for one more Adaptive Card. Other replies (plain text, Teams' file cards) are not Adaptive Cards, so after
// a while the page is captured as it is, to show what the client made of them.
async function replyAfter(page, cardsBefore, { pressed, textBefore, timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.locator('.ac-adaptiveCard').count() > cardsBefore) return;
    if (pressed && (await pressed.innerText().catch(() => textBefore)) !== textBefore) return;
    await page.waitForTimeout(250);
  }
  console.error(`No new or changed Adaptive Card within ${timeout / 1000} s; capturing the chat as it is.`);
}

main().catch((error) => { console.error(error.message || error); process.exit(1); });
