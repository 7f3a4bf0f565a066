using NaringslivCrm.Bench;

// Benchmarks, not tests: each prints figures to paste into docs/performance.md.
// Usage: dotnet run -c Release --project bench/NaringslivCrm.Bench -- <benchmark> [options]
return await BenchmarkRunner.RunAsync(args);
