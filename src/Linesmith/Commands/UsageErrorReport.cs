namespace Linesmith.Commands;

/// <summary>An error as <c>usage --json</c> shows it: the stored code tag, the code with its inner variant, the display text, the rendered text.</summary>
internal sealed record UsageErrorReport(string Code, string QualifiedCode, string Message, string Rendered, string? Detail);
