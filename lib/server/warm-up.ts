/**
 * What `npm start` prints when everything it loads at start is loaded (followed by the time it
 * took). The benchmarks and the browser tests' own servers wait for it: from then on the
 * server's memory and timings are the requests' own.
 */
export const WARM_UP_DONE = "warm-up done";
