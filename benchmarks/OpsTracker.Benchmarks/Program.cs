using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using OpsTracker.Benchmarks;

// dotnet run -c Release --project benchmarks/OpsTracker.Benchmarks -- --filter '*' [--job short]
var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn())
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, config);
