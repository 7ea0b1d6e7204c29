using BenchmarkDotNet.Running;

// Run everything:          dotnet run -c Release --project bench/Linesmith.Benchmarks -- --filter '*'
// Smoke run (CI, < 1 min): ... -- --filter '*' --job dry --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
