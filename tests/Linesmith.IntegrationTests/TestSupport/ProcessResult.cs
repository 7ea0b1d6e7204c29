namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>What a finished process left behind.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed);
