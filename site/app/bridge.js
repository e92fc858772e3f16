// The inside of precis-bridge.html: runs Precis for a widget or bookmarklet on another
// origin, which cannot start Precis's Worker itself. The page that framed this sends a
// MessagePort ({ type: 'precis-connect' }); requests come over it as { id, method, args }
// and answers go back as { id, result } or { id, error }. It computes and keeps nothing else:
// there is nothing here that another page could ask for but its own results.
import { createPrecis } from '../precis.js';

const precis = createPrecis();

function serve(port) {
  const analyses = new Map();
  let nextHandle = 1;
  const methods = {
    async analyze(text, options) {
      const handle = nextHandle++;
      analyses.set(handle, await (await precis).analyze(text, options));
      return handle;
    },
    summarize(handle, length) {
      const analysis = analyses.get(handle);
      if (!analysis) throw new Error('this analysis was released');
      return analysis.summarize(length);
    },
    async release(handle) {
      await analyses.get(handle)?.release();
      analyses.delete(handle);
    },
  };
  port.onmessage = async ({ data: { id, method, args } }) => {
    try {
      if (!Object.hasOwn(methods, method)) throw new Error(`unknown method ${method}`);
      port.postMessage({ id, result: await methods[method](...args) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
  precis.then(
    () => port.postMessage({ type: 'ready' }),
    (error) => port.postMessage({ type: 'failed', error: error.message }),
  );
}

window.addEventListener('message', (event) => {
  if (event.data?.type === 'precis-connect' && event.ports[0]) serve(event.ports[0]);
});
