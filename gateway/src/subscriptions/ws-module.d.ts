// The part of `ws` (v8) the subscription bridge uses; the package ships no type declarations and
// @types/ws is not installed.
declare module 'ws' {
  import type { IncomingMessage, Server } from 'node:http';
  import type { EventEmitter } from 'node:events';

  export class WebSocket extends EventEmitter {
    constructor(address: string, protocols?: string | string[]);
    static readonly OPEN: 1;
    readonly OPEN: 1;
    readonly readyState: 0 | 1 | 2 | 3;
    readonly protocol: string;
    readonly bufferedAmount: number;
    send(data: string, callback?: (error?: Error) => void): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
    ping(): void;
  }

  export interface ServerOptions {
    server?: Server;
    path?: string;
    maxPayload?: number;
  }

  export class WebSocketServer extends EventEmitter {
    constructor(options: ServerOptions);
    readonly clients: Set<WebSocket>;
    readonly options: ServerOptions & { handleProtocols?: unknown };
    close(callback?: (error?: Error) => void): void;
    on(event: 'connection', listener: (socket: WebSocket, request: IncomingMessage) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
