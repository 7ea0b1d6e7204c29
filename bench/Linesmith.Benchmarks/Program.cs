using BenchmarkDotNet.Running;

// Entry point of the benchmark project; benchmark classes are discovered in this assembly.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
