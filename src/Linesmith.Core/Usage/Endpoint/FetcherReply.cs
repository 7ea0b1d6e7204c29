namespace Linesmith.Usage.Endpoint;

/// <summary>
/// What <c>linesmith-fetch</c> prints (docs/spec/fetcher.md#reply): a <see cref="TransportOutcome"/>
/// field by field, the body as base64. <c>linesmith</c> reads it as data from another program
/// (<see cref="ToOutcome"/> checks every field). Plain setters for the reader
/// (docs/adr/0003-json-records-with-setters.md).
/// </summary>
internal sealed class FetcherReply
{
    /// <summary>A <c>Retry-After</c> longer than this is not a header any server sends: treated as absent.</summary>
    public const int MaxRetryAfterChars = 256;

    /// <summary>A failure detail is for the debug log: cut to this length.</summary>
    public const int MaxFailureChars = 512;

    public int Status { get; set; }

    public string? RetryAfter { get; set; }

    public byte[]? Body { get; set; }

    public bool BodyTooLarge { get; set; }

    public bool TimedOut { get; set; }

    public string? Failure { get; set; }

    public static FetcherReply From(TransportOutcome outcome) => new()
    {
        Status = outcome.Status,
        RetryAfter = outcome.RetryAfter,
        Body = outcome.Body,
        BodyTooLarge = outcome.BodyTooLarge,
        TimedOut = outcome.TimedOut,
        Failure = outcome.Failure,
    };

    /// <summary>
    /// The outcome this reply describes, held to what the in-process transport could have returned: a
    /// status from 100 to 599, at most <see cref="UsageApiParser.MaxBodyBytes"/> of body (more is flagged
    /// as too large, as the transport flags it), an ASCII <c>Retry-After</c> of sane length.
    /// </summary>
    public TransportOutcome ToOutcome()
    {
        if (TimedOut)
        {
            return TransportOutcome.Timeout();
        }

        if (Failure is { } failure)
        {
            // Control characters become '?': the detail reaches the log and doctor's output.
            var cut = failure.Length > MaxFailureChars ? failure[..MaxFailureChars] : failure;
            return TransportOutcome.Failed("linesmith-fetch: " + string.Concat(cut.Select(c => char.IsControl(c) ? '?' : c)));
        }

        if (Status is < 100 or > 599)
        {
            return TransportOutcome.Failed($"linesmith-fetch replied with status {Status}, not an HTTP status");
        }

        var body = Body ?? [];
        var tooLarge = BodyTooLarge || body.Length > UsageApiParser.MaxBodyBytes;
        var retryAfter = RetryAfter is { Length: <= MaxRetryAfterChars } text && text.All(char.IsAscii) && !text.Any(char.IsControl) ? text : null;
        return TransportOutcome.Response(Status, tooLarge ? [] : body, retryAfter, tooLarge);
    }
}
