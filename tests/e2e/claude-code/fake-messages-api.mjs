// A local stand-in for the Anthropic Messages API, enough for Claude Code 2.1.332 to run a turn
// offline (what it sends and needs: README.md beside this file).
// It answers POST /v1/messages with a short reply (SSE when the request asks for a stream, JSON
// otherwise) and sends the unified rate-limit headers a subscriber's responses carry, so Claude Code
// passes rate_limits on the status line's stdin. It also answers linesmith's usage endpoint
// (GET /api/oauth/usage). Everything else gets a 404 and is logged.
//
// Usage: node fake-messages-api.mjs PORT_FILE LOG_FILE
// Listens on 127.0.0.1 with a port the kernel picks, writes the port to PORT_FILE once listening,
// and logs one line per request to LOG_FILE. FAKE_5H / FAKE_7D set the utilisation fractions;
// FAKE_TOKEN is the bearer token requests must carry (logged as token=ok or token=wrong).
import http from 'node:http';
import fs from 'node:fs';

const [portFile, logFile] = process.argv.slice(2);
if (!portFile || !logFile) {
  console.error('usage: fake-messages-api.mjs PORT_FILE LOG_FILE');
  process.exit(2);
}

const REPLY = 'Pong from the fake Messages API.';
const fiveHour = process.env.FAKE_5H ?? '0.224';
const sevenDay = process.env.FAKE_7D ?? '0.61';

function log(line) {
  fs.appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
}

// A window is passed to the status line only while its reset is in the future (docs/spec/statusline-contract.md#payload-fields), so the
// resets are always hours and days ahead of now.
function rateLimitHeaders() {
  const now = Math.floor(Date.now() / 1000);
  return {
    'anthropic-ratelimit-unified-status': 'allowed',
    'anthropic-ratelimit-unified-5h-status': 'allowed',
    'anthropic-ratelimit-unified-5h-utilization': fiveHour,
    'anthropic-ratelimit-unified-5h-reset': String(now + 3 * 3600),
    'anthropic-ratelimit-unified-7d-status': 'allowed',
    'anthropic-ratelimit-unified-7d-utilization': sevenDay,
    'anthropic-ratelimit-unified-7d-reset': String(now + 4 * 86400),
    'anthropic-ratelimit-unified-representative-claim': 'five_hour',
    'request-id': `req_fake_${now}`,
  };
}

// linesmith's usage endpoint (GET /api/oauth/usage, asked with the subscriber's token) for the
// presets that show more than stdin carries: numbers unlike the headers', so the screen tells which
// source a value came from.
function usage() {
  const at = (seconds) => new Date(Date.now() + seconds * 1000).toISOString();
  return {
    five_hour: { utilization: 31.0, resets_at: at(3 * 3600) },
    seven_day: { utilization: 12.5, resets_at: at(4 * 86400) },
    seven_day_opus: null,
    seven_day_sonnet: null,
    seven_day_oauth_apps: null,
    extra_usage: { is_enabled: true, monthly_limit: 5000, used_credits: 1234, utilization: 24.68, currency: 'USD', decimal_places: 2 },
    limits: [
      { kind: 'session', percent: 31.0, severity: 'normal', resets_at: at(3 * 3600), scope: null, group: 'claude', is_active: true },
      { kind: 'weekly_all', percent: 12.5, severity: 'normal', resets_at: at(4 * 86400), scope: null, group: 'claude', is_active: true },
      {
        kind: 'weekly_scoped', percent: 57.5, severity: 'normal', resets_at: at(4 * 86400),
        scope: { surface: 'claude_code', model: { display_name: 'Opus', id: null } }, group: 'claude', is_active: true,
      },
    ],
  };
}

function message(model, id) {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text: REPLY }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    // The token counts of a real first turn (payload-2 in tests/Linesmith.Tests/Golden/payloads):
    // the line then shows ctx: 1% and a cost of $0.03, as a user's would.
    usage: { input_tokens: 12, output_tokens: 9, cache_creation_input_tokens: 5043, cache_read_input_tokens: 3000 },
  };
}

function sse(res, event, data) {
  res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`);
}

function answer(req, res, body) {
  let request = {};
  try {
    request = JSON.parse(body || '{}');
  } catch {
    // Not JSON: answer anyway; the log shows what came.
  }

  const model = request.model ?? 'claude-opus-5-5';
  const id = `msg_fake_${Date.now()}`;
  if (req.url.startsWith('/v1/messages/count_tokens')) {
    res.writeHead(200, { 'content-type': 'application/json', ...rateLimitHeaders() });
    res.end(JSON.stringify({ input_tokens: 12 }));
    return;
  }

  if (!request.stream) {
    res.writeHead(200, { 'content-type': 'application/json', ...rateLimitHeaders() });
    res.end(JSON.stringify(message(model, id)));
    return;
  }

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...rateLimitHeaders() });
  const whole = message(model, id);
  sse(res, 'message_start', { message: { ...whole, content: [], stop_reason: null, usage: { ...whole.usage, output_tokens: 1 } } });
  sse(res, 'content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
  sse(res, 'content_block_delta', { index: 0, delta: { type: 'text_delta', text: REPLY } });
  sse(res, 'content_block_stop', { index: 0 });
  sse(res, 'message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 9 } });
  sse(res, 'message_stop', {});
  res.end();
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const auth = req.headers.authorization ? 'bearer' : req.headers['x-api-key'] ? 'api-key' : 'none';
    const token = req.headers.authorization === `Bearer ${process.env.FAKE_TOKEN}` ? 'ok' : 'wrong';
    log(`${req.method} ${req.url} auth=${auth} token=${token} bytes=${body.length}`);
    if (req.method === 'POST' && req.url.startsWith('/v1/messages')) {
      answer(req, res, body);
      return;
    }

    if (req.method === 'GET' && req.url === '/api/oauth/usage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(usage()));
      return;
    }

    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'not faked' } }));
  });
});

server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(`${portFile}.tmp`, String(server.address().port));
  fs.renameSync(`${portFile}.tmp`, portFile);
});

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
