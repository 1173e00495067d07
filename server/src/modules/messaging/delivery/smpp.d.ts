// The parts of the `smpp` package (0.5.1, untyped CommonJS) this module uses.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer } from 'node:net';

  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
  }

  type Callback = (pdu: PDU) => void;

  export class Session extends EventEmitter {
    send(pdu: PDU, responseCallback?: Callback, sendCallback?: Callback): boolean;
    bind_transmitter(options: Record<string, unknown>, responseCallback?: Callback): boolean;
    submit_sm(options: Record<string, unknown>, responseCallback?: Callback): boolean;
    enquire_link(options?: Record<string, unknown>, responseCallback?: Callback): boolean;
    unbind(options?: Record<string, unknown>, responseCallback?: Callback): boolean;
    pause(): void;
    resume(): void;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
  }

  export function connect(
    options: { url?: string; host?: string; port?: number; auto_enquire_link_period?: number },
    listener?: () => void,
  ): Session;

  export function createServer(options: Record<string, unknown>, listener: (session: Session) => void): NetServer;

  export const ESME_ROK: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RMSGQFUL: number;
  export const ESME_RSYSERR: number;
  export const ESME_RX_T_APPN: number;
  export const ESME_RBINDFAIL: number;
}
