namespace Linesmith.Usage.Endpoint;

/// <summary>
/// What the transport brought back: a response (any status; 4xx and 5xx are responses, not failures,
/// docs/spec/usage-endpoint.md#request) with the raw <c>Retry-After</c> and at most 64 KiB of body, or a timeout, or another
/// transport failure whose detail is for the debug log only.
/// </summary>
internal sealed record TransportOutcome(int Status, string? RetryAfter, byte[] Body, bool BodyTooLarge, bool TimedOut, string? Failure)
{
    public static TransportOutcome Response(int status, byte[] body, string? retryAfter = null, bool bodyTooLarge = false) =>
        new(status, retryAfter, body, bodyTooLarge, false, null);

    public static TransportOutcome Timeout() => new(0, null, [], false, true, null);

    public static TransportOutcome Failed(string detail) => new(0, null, [], false, false, detail);

    public bool IsResponse => !TimedOut && Failure is null;
}
