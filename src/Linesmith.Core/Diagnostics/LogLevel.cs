namespace Linesmith.Diagnostics;

/// <summary>Log severities, least to most severe; <see cref="Off"/> writes nothing but persist failures.</summary>
internal enum LogLevel
{
    Debug,
    Info,
    Warn,
    Error,
    Off,
}
