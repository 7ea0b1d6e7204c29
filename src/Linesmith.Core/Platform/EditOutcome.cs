namespace Linesmith.Platform;

/// <summary>What an edit of a user file (settings.json, config.toml) did: <see cref="Changed"/> wrote the file, otherwise nothing was touched; <see cref="Ok"/> false is exit 1.</summary>
internal sealed record EditOutcome(bool Ok, bool Changed, string Message)
{
    public static EditOutcome Wrote(string message) => new(true, true, message);

    public static EditOutcome Unchanged(string message) => new(true, false, message);

    public static EditOutcome Refused(string message) => new(false, false, message);
}
