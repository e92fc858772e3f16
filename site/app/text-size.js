// A size as the page tells it to the reader (its limits count UTF-8 bytes: utf8Length in precis.js).
export const megabytes = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
