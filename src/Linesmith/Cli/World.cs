using Linesmith.Platform;

namespace Linesmith.Cli;

/// <summary>Everything a command may read from or write to outside itself, handed in by <c>Program</c>.</summary>
internal sealed record World(EnvironmentSnapshot Environment, TimeProvider Clock, TextWriter Out, TextWriter Error, Func<Stream> OpenInput, TimeZoneInfo LocalZone);
