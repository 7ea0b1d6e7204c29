using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.TestSupport;

/// <summary>A transport that answers from a script and records every request it was given.</summary>
internal sealed class FakeTransport(Func<TransportRequest, TransportOutcome> answer) : IUsageTransport
{
    public const string Body = """{"five_hour":{"utilization":42.0,"resets_at":"2026-04-19T20:00:00Z"},"seven_day":{"utilization":13.0,"resets_at":null},"extra_usage":{"is_enabled":true,"utilization":12.5,"monthly_limit":100,"used_credits":40,"currency":"USD"}}""";

    public List<TransportRequest> Requests { get; } = [];

    public int Calls => Requests.Count;

    public static FakeTransport Ok(string body = Body) => new(_ => TransportOutcome.Response(200, System.Text.Encoding.UTF8.GetBytes(body)));

    public static FakeTransport Status(int status, string? retryAfter = null) => new(_ => TransportOutcome.Response(status, [], retryAfter));

    public static FakeTransport TimingOut() => new(_ => TransportOutcome.Timeout());

    public static FakeTransport Refused() => new(_ => TransportOutcome.Failed("HttpRequestException: Connection refused (127.0.0.1:9)"));

    public TransportOutcome Send(TransportRequest request)
    {
        Requests.Add(request);
        return answer(request);
    }
}
