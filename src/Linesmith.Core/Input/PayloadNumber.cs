using Linesmith.Input.Payload;

namespace Linesmith.Input;

/// <summary>One number of the stdin payload: its dotted JSON path, how to read and drop it, and its range.</summary>
internal sealed record PayloadNumber(string Path, Func<StatusPayload, double?> Get, Action<StatusPayload> Clear, double Min, double Max);
