// Precis for the widget and the bookmarklet, which run inside other sites' pages. On Precis's
// own origin the JS API is used directly. Elsewhere a browser will not start a Worker from
// Precis's origin, so the engine runs in a hidden frame of Precis's own (precis-bridge.html)
// and the two talk over a MessageChannel. The text stays in the browser either way.
const siteRoot = new URL('../', import.meta.url);
// A frame that never answers was blocked (the host page's frame-src) or failed to load.
const BRIDGE_TIMEOUT_MS = 20_000;

let connection = null;

/** A Precis-like object: analyze(text, options) -> { summarize(length), release() }. */
export function connectPrecis() {
  connection ??= (siteRoot.origin === location.origin
    ? import('../precis.js').then(({ createPrecis }) => createPrecis())
    : BridgeClient.open(new URL('precis-bridge.html', siteRoot))
  ).catch((error) => {
    connection = null;
    throw error;
  });
  return connection;
}

class BridgeClient {
  #port;
  #pending = new Map();
  #nextId = 1;

  static async open(bridgeUrl) {
    const frame = document.createElement('iframe');
    frame.src = bridgeUrl.href;
    frame.hidden = true;
    frame.title = 'Precis engine';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.documentElement.append(frame);
    await loaded;
    const channel = new MessageChannel();
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer from ${bridgeUrl.origin} (this page may not allow its frames)`)), BRIDGE_TIMEOUT_MS);
      channel.port1.onmessage = ({ data }) => {
        clearTimeout(timer);
        if (data.type === 'ready') resolve();
        else reject(new Error(data.error ?? 'the Precis engine did not start'));
      };
    });
    frame.contentWindow.postMessage({ type: 'precis-connect' }, bridgeUrl.origin, [channel.port2]);
    await ready;
    return new BridgeClient(channel.port1);
  }

  constructor(port) {
    this.#port = port;
    port.onmessage = ({ data: { id, result, error } }) => {
      const request = this.#pending.get(id);
      if (!request) return;
      this.#pending.delete(id);
      if (error !== undefined) request.reject(new Error(error));
      else request.resolve(result);
    };
  }

  #call(method, ...args) {
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, reject });
      this.#port.postMessage({ id, method, args });
    });
  }

  async analyze(text, options) {
    const handle = await this.#call('analyze', text, options);
    return {
      summarize: (length) => this.#call('summarize', handle, length),
      release: () => this.#call('release', handle),
    };
  }
}
