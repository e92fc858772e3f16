// Registers the service worker, which keeps the app's files on this device so the page works
// with the network off (service-worker.js), and says so once it is ready.
export function setUpOffline(statusElement) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('../service-worker.js', import.meta.url)).catch(() => {
    // Not where service workers are allowed (a file: page, some private modes): online only.
  });
  navigator.serviceWorker.ready.then(() => {
    statusElement.textContent = 'Works offline on this device.';
  });
}
