// Loaded with `node --import` into a process the benchmarks run: prints the process's peak
// resident memory (its worker threads included) to stderr when it exits.
process.on("exit", () => process.stderr.write(`peak-rss-kib=${process.resourceUsage().maxRSS}\n`));
