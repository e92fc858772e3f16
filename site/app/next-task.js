// Long work on the page is done in slices: between them the page answers the reader, paints
// progress and takes a Cancel.

/** About how long a slice runs: well under the 200 ms the page promises never to block. */
export const SLICE_MS = 40;

/** Resolves in a task of its own, after what is waiting (input, painting) has run. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
