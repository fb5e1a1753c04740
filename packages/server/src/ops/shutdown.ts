import type { Locale } from '@treklang/schema';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { localeOf } from '../common/request-locale.js';
import { graphQLErrorBody } from '../graphql/error-body.js';
import { sendJson } from './http-send.js';
import type { Logger } from './logger.js';

/*
 * Graceful shutdown: on SIGTERM (or SIGINT) the server stops listening, refuses requests that arrive on open
 * keep-alive connections with 503 and `Connection: close`, lets every request already in flight finish (their
 * responses also close the connection), then stops Apollo and closes the database and exits 0. If requests are
 * still running after the timeout it exits 1. A second signal exits at once.
 */

const SHUTTING_DOWN: Record<Locale, string> = {
  da: 'Serveren lukker ned. Prøv igen om et øjeblik.',
  en: 'The server is shutting down. Try again in a moment.',
};

export class Drain {
  private active = false;
  private readonly inFlight = new Set<ServerResponse>();

  get draining(): boolean {
    return this.active;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Right after request logging: tracks the request and returns true, or, while draining, refuses it with 503 and returns false. */
  admit(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.active) {
      sendJson(req, res, 503, graphQLErrorBody(SHUTTING_DOWN[localeOf(req.headers['accept-language'])], 'SHUTTING_DOWN'), { connection: 'close' });
      return false;
    }
    this.inFlight.add(res);
    const forget = () => this.inFlight.delete(res);
    res.once('finish', forget);
    res.once('close', forget);
    return true;
  }

  /** From now on new requests are refused and in-flight responses close their connection. */
  begin(): void {
    this.active = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  }
}

export interface ShutdownOptions {
  server: Server;
  drain: Drain;
  /** Stops Apollo, closes the database and whatever else the process holds; runs once no request is in flight. */
  close: () => Promise<void>;
  logger: Logger;
  timeoutMs: number;
  exit?: (code: number) => void;
}

/** Returns the signal handler; install it with process.on('SIGTERM', ...). */
export function gracefulShutdown(options: ShutdownOptions): (signal: NodeJS.Signals) => void {
  const { server, drain, logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let started = false;
  return (signal) => {
    if (started) {
      logger.warn('second signal: exiting now', { signal });
      exit(1);
      return;
    }
    started = true;
    logger.info('shutting down: no new requests, waiting for those in flight', { signal, inFlight: drain.inFlightCount, timeoutMs: options.timeoutMs });
    drain.begin();
    const timer = setTimeout(() => {
      logger.error('shutdown timed out with requests still in flight', { inFlight: drain.inFlightCount });
      exit(1);
    }, options.timeoutMs);
    timer.unref();
    server.close(() => {
      options.close().then(
        () => {
          clearTimeout(timer);
          logger.info('stopped', { signal });
          exit(0);
        },
        (error: unknown) => {
          clearTimeout(timer);
          logger.error('error while closing', { error: error instanceof Error ? error.name : 'unknown' });
          exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
}
