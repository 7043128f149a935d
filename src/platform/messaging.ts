import browser from './browser';
import { isEnvelope, type Envelope, type Handlers, type MessageType, type RequestOf, type ResponseOf } from '../shared/messages';

/** The connector pages use to talk to the background; tests hand components a fake one. */
export interface Connector {
  send<K extends MessageType>(type: K, ...payload: RequestOf<K> extends void ? [] : [RequestOf<K>]): Promise<ResponseOf<K>>;
}

export const runtimeConnector: Connector = {
  send(type, ...payload) {
    const envelope: Envelope = { unhunch: 1, type, payload: payload[0] as never };
    return browser.runtime.sendMessage(envelope) as Promise<never>;
  },
};

/** Background side. Must be called synchronously at top level of the worker. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
    return handler(message.payload);
  });
}
