namespace Linesmith.Segments.Git;

/// <summary>
/// What reading an object from the object store gave: the start of its content (at most the reader's cap), or
/// why there is none (missing, deltified in a pack, corrupt, refused), which the segment logs and hides for.
/// </summary>
internal sealed record GitObjectRead(byte[]? Content, string? Miss)
{
    public static GitObjectRead Found(byte[] content) => new(content, null);

    public static GitObjectRead Missing(string why) => new(null, why);
}
