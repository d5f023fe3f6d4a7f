// Preloaded with `node --import` by test/cli/conventions.test.ts: writes every module URL the process
// resolves to the file named by PROFIELKIT_TRACE_IMPORTS, one a line, to show what a command loads.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';

const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => appendFileSync(process.env.PROFIELKIT_TRACE_IMPORTS, `${url}\n`));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(
      `let port; export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) { const r = await next(specifier, context); ` +
        `port.postMessage(r.url); return r; }`,
    ),
  import.meta.url,
  { data: { port: port2 }, transferList: [port2] },
);
