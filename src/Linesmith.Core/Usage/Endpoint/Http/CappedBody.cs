namespace Linesmith.Usage.Endpoint.Http;

/// <summary>A response body of at most the cap, or the fact that it was larger (then <see cref="Bytes"/> is empty).</summary>
internal readonly record struct CappedBody(byte[] Bytes, bool TooLarge)
{
    public static CappedBody Over => new([], true);
}
