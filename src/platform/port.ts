import browser from './browser';

/** One end of a runtime.connect port, as either side sees it. */
export interface PortEnd {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Fires when the other side went away (page closed, worker stopped), never for our own close(). */
  onDisconnect(listener: () => void): void;
  close(): void;
}

/** Page side: opens a port to the background (waking a stopped worker). */
export type PortConnector = (name: string) => PortEnd;

/** Background side: ports pages opened. Register at top level of the worker. */
export interface PortsAdapter {
  onConnect(listener: (name: string, port: PortEnd) => void): void;
}

type RuntimePort = ReturnType<typeof browser.runtime.connect>;

function wrap(port: RuntimePort): PortEnd {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((m: unknown) => listener(m)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    close: () => port.disconnect(),
  };
}

export const browserPortConnector: PortConnector = (name) => wrap(browser.runtime.connect({ name }));

export function browserPorts(): PortsAdapter {
  return {
    onConnect(listener) {
      browser.runtime.onConnect.addListener((port) => listener(port.name, wrap(port)));
    },
  };
}
